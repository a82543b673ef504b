using System.Globalization;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Judging;
using ContestServerless.Functions.Standing;
using ContestServerless.Tests.Judging;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The organizers' charts say in words what the API's numbers are: each chart's sentence is read in the browser and
/// compared with the same sentence computed here from the API's answers, on a contest of the test's own (three units in
/// two groups, three entries in two movements, a round where one of two judges has scored everything) and a contest
/// opened an hour earlier to compare with. Each chart's table opens with a click.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class OrganizerChartsTests(ContestStack stack) : ChromiumTests
{
    private const string Contest = "bieu-do-nay";
    private const string Previous = "bieu-do-truoc";
    private const string JudgeA = "gk.bieudo.a@example.org";
    private const string JudgeB = "gk.bieudo.b@example.org";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly NumberFormatInfo Vn = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    [Fact]
    public async Task The_dashboard_charts_say_what_the_standing_counts()
    {
        var roundId = await ChartData.ForAsync(stack);
        using var organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), Contest);
        var standing = await (await organizer.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
        var contest = await (await organizer.GetAsync("/api/contest")).ReadAs<ContestView>();
        var contests = await (await organizer.GetAsync("/api/contests")).ReadAs<List<ContestSummaryView>>();
        var previous = contests.Where(c => c.Id != contest.Id && c.OpensAt < contest.SubmissionOpensAt).MaxBy(c => c.OpensAt)!;
        using var previousClient = ContestClients.In(await stack.SignInAsOrganizerAsync(), previous.Id);
        var previousStanding = await (await previousClient.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
        Assert.NotEmpty(roundId);

        var today = DayOf(DateTimeOffset.UtcNow);
        var daysLeft = DaysLeft(DayOf(contest.SubmissionClosesAt), today);
        var elapsed = today.DayNumber - DayOf(contest.SubmissionOpensAt).DayNumber;
        var previousSoFar = previousStanding.ByDay.Where(d => DateOnly.ParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber
            - DayOf(previous.OpensAt).DayNumber <= elapsed).Sum(d => d.Entries);
        var busiest = standing.ByDay.Aggregate((best, d) => d.Entries > best.Entries ? d : best);
        var todays = standing.ByDay.SingleOrDefault(d => d.Day == today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))?.Entries ?? 0;
        var units = standing.UnitsWithEntries + standing.UnitsWithoutEntries;
        var movements = standing.ByMovement.Sum(m => m.Entries);
        var top = standing.ByMovement.Aggregate((best, m) => m.Entries > best.Entries ? m : best);

        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await page.GotoAsync($"/admin/?contest={Contest}");
        await page.WaitForSelectorAsync("#chart-by-movement figure[data-drawn]", new() { Timeout = Eventually.BoundMilliseconds });

        Assert.Equal($"Đã nhận {N(standing.EntriesReceived)} bài dự thi; {daysLeft}. Cùng thời điểm, cuộc thi “{previous.Name}” đã nhận {N(previousSoFar)} bài.",
            await SummaryAsync(page, "cumulative"));
        Assert.Equal($"Nhiều bài nhất vào ngày {Date(busiest.Day)} ({N(busiest.Entries)} bài); hôm nay nhận {N(todays)} bài.", await SummaryAsync(page, "by-day"));
        Assert.Equal($"{N(standing.UnitsWithEntries)}/{N(units)} đơn vị đã có bài dự thi; {daysLeft}.", await SummaryAsync(page, "units"));
        Assert.Equal($"Phong trào {Quoted(top.Name)} có nhiều bài nhất: {N(top.Entries)}/{N(movements)} bài ({N(Math.Round(100m * top.Entries / movements, 1))}%).",
            await SummaryAsync(page, "by-movement"));
        // The contest of this test: two of its three units have entries, two of three entries are of one movement, and
        // the contest opened an hour earlier holds the one entry it received today, the same day of its window.
        Assert.Equal((2, 3, 3, 2, 1), (standing.UnitsWithEntries, units, standing.EntriesReceived, top.Entries, previousSoFar));

        foreach (var chart in new[] { "cumulative", "by-day", "units", "by-movement" })
        {
            Assert.Equal("true", await page.Locator($"[data-chart='{chart}'] .chart-plot").GetAttributeAsync("aria-hidden"));
            Assert.Equal(1, await page.Locator($"[data-chart='{chart}'] .chart-plot svg").CountAsync());
        }
        var unitsTable = page.Locator("[data-chart='units'] table");
        await Assertions.Expect(unitsTable).ToBeHiddenAsync();
        await page.Locator("[data-chart='units'] summary").ClickAsync();
        await Assertions.Expect(unitsTable).ToBeVisibleAsync();
        var group = standing.Groups.Single(g => g.Units.Any(u => u.Id == "bd-so-1"));
        await Assertions.Expect(unitsTable.Locator("tbody tr").Filter(new() { HasText = group.Name })).ToContainTextAsync(
            $"{group.Name}{group.Units.Count(u => !u.HasNoEntries)}{group.Units.Count(u => u.HasNoEntries)}{group.Units.Count}");
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: true));
    }

    [Fact]
    public async Task The_judging_chart_says_how_far_the_judges_have_got()
    {
        var roundId = await ChartData.ForAsync(stack);
        using var organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), Contest);
        var ranking = await organizer.RankingAsync(roundId);
        var assigned = ranking.Progress.Sum(p => p.Assigned);
        var submitted = ranking.Progress.Sum(p => p.Submitted);

        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync($"/admin/judging.html?contest={Contest}");
        await page.WaitForSelectorAsync("#chart-judges figure[data-drawn]", new() { Timeout = Eventually.BoundMilliseconds });

        Assert.Equal($"Giám khảo đã chấm {N(submitted)}/{N(assigned)} lượt bài ({N(Math.Round(100m * submitted / assigned, 1))}%).",
            await SummaryAsync(page, "judges"));
        Assert.Contains(ranking.Round.Name, await page.Locator("[data-chart='judges'] .chart-title").TextContentAsync());
        Assert.Equal((3, 6), (submitted, assigned));

        await page.GetByText("Xem bảng số liệu").ClickAsync();
        var judgeA = page.Locator("[data-chart='judges'] tbody tr").Filter(new() { HasText = "Giám khảo Biểu Đồ A" });
        var progressA = ranking.Progress.Single(p => p.Judge == JudgeA);
        await Assertions.Expect(judgeA).ToContainTextAsync($"Giám khảo Biểu Đồ A{N(progressA.Assigned)}{N(progressA.Submitted)}");
    }

    [Fact]
    public async Task The_results_chart_says_how_the_round_scored()
    {
        var roundId = await ChartData.ForAsync(stack);
        using var organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), Contest);
        var ranking = await organizer.RankingAsync(roundId);
        var means = ranking.Entries.Where(e => e.Mean is not null).Select(e => e.Mean!.Value).ToList();

        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await page.GotoAsync($"/admin/results.html?contest={Contest}");
        await page.WaitForSelectorAsync("#chart-scores figure[data-drawn]", new() { Timeout = Eventually.BoundMilliseconds });

        Assert.Equal($"Điểm trung bình của vòng: {N(Math.Round(means.Average(), 1))}; cao nhất {N(means.Max())}, thấp nhất {N(means.Min())} ({N(means.Count)} bài đã có điểm).",
            await SummaryAsync(page, "scores"));
        Assert.Equal([60m, 70m, 80m], means.Order());

        await page.Locator("[data-chart='scores'] summary").ClickAsync();
        var rows = page.Locator("[data-chart='scores'] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(10);
        await Assertions.Expect(rows.Nth(8)).ToContainTextAsync("80–901");
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: true));
    }

    private static async Task<string> SummaryAsync(IPage page, string chart) =>
        (await page.Locator($"[data-chart='{chart}'] [data-chart-summary]").TextContentAsync())!;

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Vietnam).DateTime);

    private static string Date(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Quoted(string name) => name.IndexOfAny(['“', '”', '"']) >= 0 ? name : $"“{name}”";

    private static string N(decimal value) => value.ToString("#,##0.#", Vn);

    private static string DaysLeft(DateOnly closingDay, DateOnly today)
    {
        var left = closingDay.DayNumber - today.DayNumber;
        var date = closingDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return left > 0 ? $"còn {N(left)} ngày đến hạn nộp bài ({date})"
            : left == 0 ? $"hôm nay ({date}) là ngày cuối nhận bài"
            : $"đã hết hạn nộp bài từ ngày {date}";
    }

    /// <summary>The two contests of these tests, made once per stack; answers the round's id.</summary>
    private static class ChartData
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static (ContestStack Stack, string RoundId)? _made;

        public static async Task<string> ForAsync(ContestStack stack)
        {
            await Gate.WaitAsync();
            try
            {
                if (_made is { } made && made.Stack == stack) return made.RoundId;
                var now = stack.Clock.GetUtcNow();
                // Both open on the same day, the previous one an hour earlier, so today is the same day of both windows.
                var openingDay = new DateTimeOffset(DayOf(now).AddDays(-5).ToDateTime(TimeOnly.MinValue), Vietnam);
                await TestContests.AddAsync(stack, Previous, "Cuộc thi biểu đồ năm trước", settings =>
                {
                    settings.SubmissionOpensAt = openingDay;
                    settings.QuickReportDueAt = now.AddDays(5);
                    settings.SubmissionClosesAt = now.AddDays(20);
                });
                await TestContests.AddAsync(stack, Contest, "Cuộc thi biểu đồ", settings =>
                {
                    settings.SubmissionOpensAt = openingDay.AddHours(1);
                    settings.QuickReportDueAt = now.AddDays(4);
                    settings.SubmissionClosesAt = now.AddDays(9);
                });
                using var signedIn = await stack.SignInAsOrganizerAsync();
                using var previous = ContestClients.In(signedIn, Previous);
                await TestUnits.AddAsync(previous, "bd-truoc-1");
                using var previousEntrants = ContestClients.In(stack.Http, Previous);
                await new Entrant(previousEntrants).EnterAsync("bd-truoc-1", "Bài của cuộc thi năm trước");

                using var organizer = ContestClients.In(signedIn, Contest);
                await TestUnits.AddAsync(organizer, "bd-so-1", group: "so-ban-nganh");
                await TestUnits.AddAsync(organizer, "bd-so-2", group: "so-ban-nganh");
                await TestUnits.AddAsync(organizer, "bd-huyen-1", group: "huyen");
                using var entrants = ContestClients.In(stack.Http, Contest);
                var entrant = new Entrant(entrants);
                var essays = new (string Unit, string Movement, string Title, string Author)[]
                {
                    ("bd-so-1", "giam-ngheo", "Người thầy của bản làng", "Nguyễn Văn Biểu"),
                    ("bd-so-1", "giam-ngheo", "Bếp lửa giữa mùa lũ", "Trần Thị Đồ"),
                    ("bd-huyen-1", "nong-thon-moi", "Con đường làng mới", "Lê Văn Chấm"),
                };
                for (var i = 0; i < essays.Length; i++)
                {
                    var (unit, movement, title, author) = essays[i];
                    var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: unit, email: $"tacgia.bieudo{i + 1}@example.org");
                    form["title"] = title;
                    form["movement"] = movement;
                    form["author"]!["fullName"] = author;
                    await entrant.EnterAsync(form, WordFiles.Essay($"Câu chuyện thứ {i + 1}: {title}.", author));
                }

                await TestJudging.AddJudgesAsync(organizer, (JudgeA, "Giám khảo Biểu Đồ A", null), (JudgeB, "Giám khảo Biểu Đồ B", null));
                var roundId = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo biểu đồ", [JudgeA, JudgeB], 2, now.AddHours(-1), now.AddDays(7));
                // Judge A scores the three entries 80, 60 and 70 (in the order entered); judge B has not started.
                var wanted = new Dictionary<string, decimal> { [essays[0].Title] = 80m, [essays[1].Title] = 60m, [essays[2].Title] = 70m };
                var totals = (await organizer.RankingAsync(roundId)).Entries.ToDictionary(e => e.EntryId, e => wanted[e.Title]);
                await TestJudging.ScoreAllAsync(stack, roundId, [JudgeA], id => totals[id], Contest);
                await stack.CatalogueCaughtUpAsync();
                _made = (stack, roundId);
                return roundId;
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}
