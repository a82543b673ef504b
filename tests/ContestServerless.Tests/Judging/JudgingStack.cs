using ContestServerless.Domain.Staff;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A contest with entries and a jury of three, one of them from Ngã Năm town (a district-level unit with schools
/// under it), and a round open now with two judges per entry. Made once per test class.
/// </summary>
public sealed class JudgingStack : FakeClockStack
{
    public const string JudgeA = "gk.an@soctrang.example.org";
    public const string JudgeB = "gk.binh@soctrang.example.org";
    public const string DistrictJudge = "gk.cuong@nganam.example.org";

    /// <summary>Entries of the district and its school, which the district judge must never get.</summary>
    public static readonly string[] DistrictUnits = ["tx-nga-nam", "th-nga-nam-1"];

    public Dictionary<string, string> AuthorOf { get; } = [];

    public string RoundId { get; private set; } = "";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestJudging.AddJudgesAsync(organizer, (JudgeA, "Trần Văn An", null), (JudgeB, "Lê Thị Bình", null), (DistrictJudge, "Phạm Quốc Cường", "tx-nga-nam"));

        var entrant = new Entrant(Stack.Http);
        var units = new[] { "so-noi-vu", "so-noi-vu", "so-giao-duc", "tx-nga-nam", "th-nga-nam-1", "th-nga-nam-1" };
        for (var i = 0; i < units.Length; i++)
        {
            var author = $"Tác Giả Số {i + 1}";
            var id = await entrant.EnterEssayAsync(units[i], $"Tấm gương số {i + 1}", author, $"Câu chuyện về một người tốt số {i + 1}.", $"tacgia{i + 1}@example.org");
            AuthorOf[id] = author;
        }

        var now = Clock.GetUtcNow();
        RoundId = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo", [JudgeA, JudgeB, DistrictJudge], 2, now.AddHours(-1), now.AddDays(14));
    }

    public Task<HttpClient> SignInAsync(string judge) => Stack.SignInAsync(judge, StaffRoles.Judge);
}
