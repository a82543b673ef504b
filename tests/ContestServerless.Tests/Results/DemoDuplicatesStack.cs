using System.Net.Http.Json;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Infrastructure;
using ContestServerless.Tests.Judging;
using Microsoft.Extensions.Time.Testing;

namespace ContestServerless.Tests.Results;

/// <summary>
/// A contest seeded like the demo where the issue was seen: "Cô giáo dạy chữ ban đêm" four times (three entries with one
/// file, one more with the same title and author in another unit), two entries whose author is the essay's subject
/// (flagged for eligibility), and three others; two judges, four prizes, and a round open now. Nothing is decided yet.
/// </summary>
public sealed class DemoDuplicatesStack : IAsyncLifetime
{
    public const string JudgeA = "gk.a@st.example.org";
    public const string JudgeB = "gk.b@st.example.org";
    public const string Essay = "Cô giáo dạy chữ ban đêm";
    public const string EssayAuthor = "Sơn Thị Bô Pha";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ContestStack Stack { get; }

    public DemoDuplicatesStack() => Stack = new ContestStack { Clock = Clock };

    /// <summary>The four copies of the essay: three with one file, then the one in another unit.</summary>
    public List<string> Copies { get; } = [];

    /// <summary>The two entries whose author is the essay's subject.</summary>
    public List<string> Flagged { get; } = [];

    public List<string> Others { get; } = [];

    public Dictionary<string, string> TitleOf { get; } = [];

    public string RoundId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        using var organizer = await Stack.SignInAsOrganizerAsync();
        foreach (var (email, name) in new[] { (JudgeA, "Đoàn Văn Sáu"), (JudgeB, "Kim Thị Sa Vol") })
            (await organizer.PostAsJsonAsync("/api/organizer/staff", new { email, name, roles = new[] { StaffRoles.Judge } })).EnsureSuccessStatusCode();

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

        var now = Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        var round = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name = "Chung khảo",
            judges = new[] { JudgeA, JudgeB },
            judgesPerEntry = 2,
            opensAt = now.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm"),
            closesAt = now.AddDays(1).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.True(round.IsSuccessStatusCode, await round.Content.ReadAsStringAsync());
        RoundId = (await round.Content.ReadFromJsonAsync<RoundView>())!.Id;
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
    public async Task ScoreAllAsync(Func<string, decimal> totalOf)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var ranking = (await organizer.GetFromJsonAsync<RankingView>($"/api/organizer/rounds/{RoundId}/ranking"))!;
        foreach (var judge in new[] { JudgeA, JudgeB })
        {
            using var client = await Stack.SignInAsync(judge, StaffRoles.Judge);
            foreach (var row in ranking.Entries)
            {
                var entry = (await client.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{row.Code}"))!;
                var total = totalOf(row.EntryId);
                var criteria = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)(c.Max * total / entry.MaxTotal));
                var saved = await client.PutAsJsonAsync($"/api/judge/entries/{row.Code}/score", new { criteria, comment = "Đã chấm.", submit = true });
                Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            }
        }
    }

    public Task DisposeAsync() => Stack.DisposeAsync();
}
