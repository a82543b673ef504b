namespace ContestServerless.Tests.Judging;

/// <summary>
/// A round in the 2026 Cần Thơ contest: a judge from Ninh Kiều ward (a commune-level unit, straight under the city)
/// and one from the Department of Education and Training (whose schools are its sub-units, in another group), two
/// judges with no unit, and entries of the ward, of a school and of another department. Made once per test class.
/// </summary>
public sealed class CanThoJudgingStack() : SeededStack(new ContestStack { FirstContestFile = CommittedContests.CanTho2026 })
{
    public const string JudgeA = "gk.an@cantho.example.org";
    public const string JudgeB = "gk.binh@cantho.example.org";
    public const string WardJudge = "gk.cuong@ninhkieu.example.org";
    public const string DepartmentJudge = "gk.dung@sogddt.example.org";
    public const string Ward = "phuong-ninh-kieu";
    public const string Department = "so-giao-duc";
    public const string School = "thpt-chuyen-ly-tu-trong";

    public string RoundId { get; private set; } = "";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestJudging.AddJudgesAsync(organizer,
            (JudgeA, "Trần Văn An", null), (JudgeB, "Lê Thị Bình", null), (WardJudge, "Phạm Quốc Cường", Ward), (DepartmentJudge, "Võ Thị Dung", Department));

        var entrant = new Entrant(Stack.Http);
        var units = new[] { Ward, Ward, School, School, "so-noi-vu", "xa-cu-lao-dung" };
        for (var i = 0; i < units.Length; i++)
        {
            await entrant.EnterEssayAsync(units[i], $"Tấm gương số {i + 1}", $"Tác Giả Số {i + 1}", $"Câu chuyện về một người tốt số {i + 1}.", $"tacgia{i + 1}@example.org");
        }

        var now = DateTimeOffset.UtcNow;
        RoundId = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo", [JudgeA, JudgeB, WardJudge, DepartmentJudge], 2, now.AddHours(-1), now.AddDays(14));
    }
}
