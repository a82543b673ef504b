using System.Net.Http.Json;
using ContestServerless.Domain.Staff;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A contest with entries and a jury of three, one of them from Ngã Năm town (a district-level unit with schools
/// under it), and a round open now with two judges per entry. Made once per test class.
/// </summary>
public sealed class JudgingStack : IAsyncLifetime
{
    public const string JudgeA = "gk.an@soctrang.example.org";
    public const string JudgeB = "gk.binh@soctrang.example.org";
    public const string DistrictJudge = "gk.cuong@nganam.example.org";

    /// <summary>Entries of the district and its school, which the district judge must never get.</summary>
    public static readonly string[] DistrictUnits = ["tx-nga-nam", "th-nga-nam-1"];

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ContestStack Stack { get; }

    public JudgingStack() => Stack = new ContestStack { Clock = Clock };

    public Dictionary<string, string> AuthorOf { get; } = [];

    public string RoundId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        using var organizer = await Stack.SignInAsOrganizerAsync();
        foreach (var (email, name, unit) in new[] { (JudgeA, "Trần Văn An", (string?)null), (JudgeB, "Lê Thị Bình", null), (DistrictJudge, "Phạm Quốc Cường", "tx-nga-nam") })
            (await organizer.PostAsJsonAsync("/api/organizer/staff", new { email, name, roles = new[] { StaffRoles.Judge }, unitId = unit })).EnsureSuccessStatusCode();

        var entrant = new Entrant(Stack.Http);
        var units = new[] { "so-noi-vu", "so-noi-vu", "so-giao-duc", "tx-nga-nam", "th-nga-nam-1", "th-nga-nam-1" };
        for (var i = 0; i < units.Length; i++)
        {
            var author = $"Tác Giả Số {i + 1}";
            var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: units[i], email: $"tacgia{i + 1}@example.org");
            form["title"] = $"Tấm gương số {i + 1}";
            form["author"]!["fullName"] = author;
            var id = await entrant.EnterAsync(form, WordFiles.Essay($"Câu chuyện về một người tốt số {i + 1}.", author));
            AuthorOf[id] = author;
        }

        var now = Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var round = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name = "Sơ khảo",
            judges = new[] { JudgeA, JudgeB, DistrictJudge },
            judgesPerEntry = 2,
            opensAt = now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"),
            closesAt = now.AddDays(14).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.True(round.IsSuccessStatusCode, await round.Content.ReadAsStringAsync());
        RoundId = (await round.Content.ReadFromJsonAsync<Functions.Judging.RoundView>())!.Id;
        var assigned = await organizer.PostAsync($"/api/organizer/rounds/{RoundId}/assignments", null);
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
    }

    public Task<HttpClient> SignInAsync(string judge) => Stack.SignInAsync(judge, StaffRoles.Judge);

    public Task DisposeAsync() => Stack.DisposeAsync();
}
