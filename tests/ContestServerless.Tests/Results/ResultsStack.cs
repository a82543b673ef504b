using ContestServerless.Functions.Results;
using ContestServerless.Tests.Judging;

namespace ContestServerless.Tests.Results;

/// <summary>
/// A contest judged through two rounds on a clock of its own: eight entries of two units scored in "Sơ khảo", the top
/// six shortlisted into "Chung khảo", scored so that two finalists tie (70 and 70) across the "Giải Nhì" quota of the
/// tiers set here (Nhất 1, Nhì 2, Ba 2), and the final round closed while submissions are still open (they close 30
/// days after the stack starts; <see cref="CloseSubmissions"/>). Made once per test class; nothing about results is
/// decided yet.
/// </summary>
public class ResultsStack : FakeClockStack
{
    public const string JudgeA = "gk.kq.a@soctrang.example.org";
    public const string JudgeB = "gk.kq.b@soctrang.example.org";
    public const string UnitA = "kq-don-vi-a";
    public const string UnitB = "kq-don-vi-b";

    /// <summary>The finals' totals, best first; the 3rd and 4th tie across Giải Nhì's quota of 2.</summary>
    public static readonly decimal[] FinalTotals = [90, 80, 70, 70, 60, 50];

    /// <summary>Entry id → author, for every entry.</summary>
    public Dictionary<string, string> AuthorOf { get; } = [];

    /// <summary>The finalists' entry ids, best first (as <see cref="FinalTotals"/>).</summary>
    public List<string> Finalists { get; } = [];

    /// <summary>Entry id → receipt code, for the lookup.</summary>
    public Dictionary<string, string> ReceiptOf { get; } = [];

    public string FinalRoundId { get; private set; } = "";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestJudging.AddJudgesAsync(organizer, (JudgeA, "Đỗ Văn Khải", null), (JudgeB, "Mai Thị Quế", null));
        await TestUnits.AddAsync(organizer, UnitA);
        await TestUnits.AddAsync(organizer, UnitB, minimumEntries: 5);

        var entrant = new Entrant(Stack.Http);
        var titles = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var author = i == 0 ? "<b>Lê Thị Hồng</b> Nhung" : $"Tác Giả Kết Quả {i + 1}";
            var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: i % 2 == 0 ? UnitA : UnitB, email: $"tacgia.kq{i + 1}@example.org");
            form["title"] = i == 0 ? "<script>alert(1)</script> Người giữ rừng" : $"Tấm gương kết quả {i + 1}";
            form["author"]!["fullName"] = author;
            var file = EssayFile(i, author);
            form["file"]!["size"] = file.Length;
            var (id, uploadUrl) = await entrant.CreateAsync(form);
            (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
            var submitted = await entrant.SubmitAsync(id);
            Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
            ReceiptOf[id] = (await submitted.ReadAs<Functions.Entries.ReceiptView>()).ReceiptCode;
            AuthorOf[id] = author;
            titles.Add(id);
        }

        // Round 1: both judges give entry i the same total, 90 − 5i, so the order is the order entered.
        var first = await CreateRoundAsync(organizer, "Sơ khảo", null);
        await ScoreAllAsync(first, id => 90m - 5m * titles.IndexOf(id));
        Clock.Advance(TimeSpan.FromDays(2));
        var shortlist = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{first}/shortlist", new { top = 6 });
        Assert.True(shortlist.IsSuccessStatusCode, await shortlist.Content.ReadAsStringAsync());
        Finalists.AddRange(titles.Take(6));

        FinalRoundId = await CreateRoundAsync(organizer, "Chung khảo", first);
        await ScoreAllAsync(FinalRoundId, id => FinalTotals[Finalists.IndexOf(id)]);
        Clock.Advance(TimeSpan.FromDays(2));

        var settings = await organizer.PutAsJsonAsync("/api/organizer/results/settings", new
        {
            tiers = new object[]
            {
                new { name = "Giải Nhất", quota = 1, amount = 3_000_000 },
                new { name = "Giải Nhì", quota = 2, amount = 2_000_000 },
                new { name = "Giải Ba", quota = 2 },
            },
        });
        Assert.True(settings.IsSuccessStatusCode, await settings.Content.ReadAsStringAsync());
    }

    /// <summary>The .docx of entry <paramref name="index"/> (0 to 7), as its author wrote it.</summary>
    protected virtual byte[] EssayFile(int index, string author) => WordFiles.Essay($"Câu chuyện về người tốt số {index + 1}.", author);

    /// <summary>A round of both judges, open from a minute ago for a day, its entries handed out.</summary>
    private Task<string> CreateRoundAsync(HttpClient organizer, string name, string? fromRound)
    {
        var now = Clock.GetUtcNow();
        return TestJudging.CreateRoundAsync(organizer, name, [JudgeA, JudgeB], 2, now.AddMinutes(-1), now.AddDays(1), fromRound);
    }

    private Task ScoreAllAsync(string roundId, Func<string, decimal> totalOf) => TestJudging.ScoreAllAsync(Stack, roundId, [JudgeA, JudgeB], totalOf);

    public Task<HttpClient> OrganizerAsync() => Stack.SignInAsOrganizerAsync();

    /// <summary>The organizers' results board as it stands.</summary>
    public static async Task<ResultsBoardView> BoardAsync(HttpClient organizer) =>
        (await organizer.GetFromJsonAsync<ResultsBoardView>("/api/organizer/results"))!;

    /// <summary>The committee settles the finals' one tie by a recorded vote for the fourth finalist.</summary>
    public async Task VoteTheTieAsync(HttpClient organizer)
    {
        var tie = Assert.Single((await BoardAsync(organizer)).Ties);
        (await organizer.PostAsJsonAsync("/api/organizer/results/ties", new { key = tie.Key, method = "vote", chosen = new[] { Finalists[3] }, note = "Biểu quyết 5/7 phiếu" })).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The contest still takes entries when the stack is made (as in the secretariat's trial); this moves the clock
    /// just past the closing, after which approving and publishing need no reason.
    /// </summary>
    public void CloseSubmissions()
    {
        var closes = Stack.Services.GetRequiredService<Domain.Contest.ContestOptions>().SubmissionClosesAt;
        if (Clock.GetUtcNow() < closes) Clock.SetUtcNow(closes.AddMinutes(1));
    }
}
