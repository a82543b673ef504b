using ContestServerless.Tests.Judging;

namespace ContestServerless.Tests.Results;

/// <summary>
/// A contest seeded like the demo where the issue was seen: "Cô giáo dạy chữ ban đêm" four times (three entries with one
/// file, one more with the same title and author in another unit), two entries whose author is the essay's subject
/// (flagged for eligibility), and three others; two judges, four prizes, and a round open now. Nothing is decided yet.
/// </summary>
public sealed class DemoDuplicatesStack : FakeClockStack
{
    public const string JudgeA = "gk.a@st.example.org";
    public const string JudgeB = "gk.b@st.example.org";
    public const string Essay = "Cô giáo dạy chữ ban đêm";
    public const string EssayAuthor = "Sơn Thị Bô Pha";

    /// <summary>The four copies of the essay: three with one file, then the one in another unit.</summary>
    public List<string> Copies { get; } = [];

    /// <summary>The two entries whose author is the essay's subject.</summary>
    public List<string> Flagged { get; } = [];

    public List<string> Others { get; } = [];

    public Dictionary<string, string> TitleOf { get; } = [];

    public string RoundId { get; private set; } = "";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestJudging.AddJudgesAsync(organizer, (JudgeA, "Đoàn Văn Sáu", null), (JudgeB, "Kim Thị Sa Vol", null));

        var essay = WordFiles.Essay("Mỗi tối, cô dạy chữ cho người lớn trong ấp.", EssayAuthor);
        foreach (var unit in new[] { "so-noi-vu", "so-noi-vu", "so-giao-duc" })
            Copies.Add(await EnterAsync(unit, Essay, EssayAuthor, essay));
        Copies.Add(await EnterAsync("tx-nga-nam", Essay, EssayAuthor, WordFiles.Essay("Bản gửi lại qua thị xã, sửa vài chữ.", EssayAuthor)));
        foreach (var (title, unit) in new[] { ("Người giữ hồn dân ca Khmer", "so-giao-duc"), ("Ông già trồng cây bên sông Hậu", "tx-nga-nam") })
            Flagged.Add(await EnterAsync(unit, title, "Lâm Văn Tư", WordFiles.Essay($"{title}: tác giả viết về chính mình.", "Lâm Văn Tư")));
        foreach (var (title, author, unit) in new[]
        {
            ("Bà mẹ nuôi quân", "Trần Văn Bình", "so-noi-vu"),
            ("Người lính biên phòng", "Võ Minh Trí", "so-giao-duc"),
            ("Bác sĩ trẻ về vùng sâu", "Huỳnh Quốc Việt", "tx-nga-nam"),
        })
            Others.Add(await EnterAsync(unit, title, author, WordFiles.Essay($"{title}.", author)));

        var now = Clock.GetUtcNow();
        RoundId = await TestJudging.CreateRoundAsync(organizer, "Chung khảo", [JudgeA, JudgeB], 2, now.AddMinutes(-1), now.AddDays(1), assign: false);
        var settings = await organizer.PutAsJsonAsync("/api/organizer/results/settings", new
        {
            tiers = new object[]
            {
                new { name = "Giải Nhất", quota = 1 },
                new { name = "Giải Nhì", quota = 1 },
                new { name = "Giải Ba", quota = 2 },
            },
        });
        Assert.True(settings.IsSuccessStatusCode, await settings.Content.ReadAsStringAsync());
    }

    private async Task<string> EnterAsync(string unitId, string title, string author, byte[] file)
    {
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: unitId, email: null);
        form["title"] = title;
        form["author"]!["fullName"] = author;
        var id = await new Entrant(Stack.Http).EnterAsync(form, file);
        TitleOf[id] = title;
        return id;
    }

    /// <summary>Both judges submit, for every entry of the round, the total <paramref name="totalOf"/> gives its entry id.</summary>
    public Task ScoreAllAsync(Func<string, decimal> totalOf) => TestJudging.ScoreAllAsync(Stack, RoundId, [JudgeA, JudgeB], totalOf);
}
