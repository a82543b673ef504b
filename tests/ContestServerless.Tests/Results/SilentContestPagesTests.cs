using System.Text.RegularExpressions;
using ContestServerless.Functions.Results;
using ContestServerless.Tests.Browser;
using ContestServerless.Tests.Judging;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Results;

/// <summary>
/// Nothing leaves the contest, or wins, silently: on a contest seeded with the demo's duplicates and eligibility flags,
/// an organizer assigns judges and is told what was held and why, follows the links to the filtered list, decides
/// through the entry pages, assigns again, and after judging approves and publishes; the published prize list holds
/// the essay once and no entry nobody decided about. Every page on the way passes axe at phone and desktop width.
/// </summary>
public sealed class SilentContestPagesTests(DemoDuplicatesStack demo) : ChromiumTests, IClassFixture<DemoDuplicatesStack>
{
    private static readonly PageWaitForSelectorOptions Bound = new() { Timeout = Eventually.BoundMilliseconds };

    private static async Task AuditBothWidthsAsync(IPage page)
    {
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        var problems = await PageAudit.ProblemsAsync(page, checkWidth: true);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.SetViewportSizeAsync(PageAudit.DesktopWidth, 900);
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));
    }

    private static async Task AssignAsync(IPage page, string roundId, bool watchProgress = false)
    {
        await page.GotoAsync("/admin/judging.html");
        var button = page.Locator($"tr[data-round='{roundId}'] [data-assign]");
        await page.WaitForSelectorAsync($"tr[data-round='{roundId}'] [data-assign]", Bound);
        // Holding the request shows what the organizer reads while sealing runs: what is being done, the button off.
        var release = new TaskCompletionSource();
        const string Assignments = "**/api/organizer/rounds/*/assignments";
        if (watchProgress) await page.RouteAsync(Assignments, async route => { await release.Task; await route.ContinueAsync(); });
        await button.ClickAsync();
        if (watchProgress)
        {
            await Assertions.Expect(page.Locator("#assignment-result")).ToContainTextAsync("Đang phân công giám khảo cho", new() { Timeout = Eventually.BoundMilliseconds });
            await Assertions.Expect(page.Locator("#assignment-result")).ToContainTextAsync("rọc phách bài mới");
            await Assertions.Expect(button).ToBeDisabledAsync();
            release.SetResult();
        }
        await Assertions.Expect(page.Locator("#assignment-result")).ToContainTextAsync("lượt chấm", new() { Timeout = Eventually.BoundMilliseconds });
        if (watchProgress) await page.UnrouteAsync(Assignments);
    }

    private static async Task MarkCopyAsync(IPage page, string copy, string original)
    {
        await page.GotoAsync($"/admin/entry.html?id={copy}");
        await page.WaitForSelectorAsync("#duplicate-reason-input", Bound);
        await page.FillAsync("#duplicate-reason-input", "Cùng một bài viết, gửi nhiều lần");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Đánh dấu bài này là bản trùng của bài {original}" }).ClickAsync();
        await page.WaitForSelectorAsync("#duplicate-undo", Bound);
    }

    /// <summary>
    /// An act of record asks in a dialog; entries still arrive on this stack (a late copy comes in), so it asks why, too.
    /// </summary>
    private static async Task ConfirmAsync(IPage page, string button)
    {
        var dialog = page.Locator("dialog.confirm-dialog[open]");
        await page.ClickAsync(button);
        await dialog.Locator("input[type='text']").FillAsync("Hội đồng họp theo kế hoạch trước hạn nhận bài");
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_round_runs_to_published_results_with_every_copy_and_undecided_entry_said_and_none_winning()
    {
        var (copies, flagged, others) = (demo.Copies, demo.Flagged, demo.Others);
        var page = await OrganizerSession.OpenAsync(Browser, demo.Stack);
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);

        // The assignment says what it held and why, with judges by name and no "null".
        await AssignAsync(page, demo.RoundId, watchProgress: true);
        var held = page.Locator("#assignment-held");
        await Assertions.Expect(held.Locator("[data-flag='eligibility']")).ToHaveTextAsync("2 bài chờ xem điều kiện dự thi.");
        await Assertions.Expect(held.Locator("[data-flag='duplicate']")).ToHaveTextAsync("4 bài có thể trùng với bài khác, chưa được quyết định.");
        await Assertions.Expect(page.Locator("#assignment-result")).ToContainTextAsync("Đoàn Văn Sáu: ");
        await Assertions.Expect(page.Locator("#assignment-result")).Not.ToContainTextAsync(DemoDuplicatesStack.JudgeA);
        // The sealing is said in words, with the count of entries sealed now, not as a bare "Bài mới rọc phách: 0".
        await Assertions.Expect(page.Locator("#assignment-result")).ToContainTextAsync(new Regex(@"Vòng chấm có \d+ bài đang chấm, trong đó \d+ bài vừa được rọc phách\."));
        await Assertions.Expect(page.Locator("#assignment-result")).Not.ToContainTextAsync("Bài mới rọc phách");
        await AuditBothWidthsAsync(page);

        // Each group's link opens the entries list filtered on it.
        await demo.Stack.CatalogueCaughtUpAsync();
        await held.Locator("[data-flag='duplicate'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#filter-flag")).ToHaveValueAsync("duplicate");
        await Assertions.Expect(page.Locator("#entries-rows tr[data-entry]")).ToHaveCountAsync(4, new() { Timeout = Eventually.BoundMilliseconds });
        foreach (var id in copies) await Assertions.Expect(page.Locator($"#entries-rows tr[data-entry='{id}']")).ToBeVisibleAsync();
        await AuditBothWidthsAsync(page);
        await page.SelectOptionAsync("#filter-flag", "eligibility");
        await page.ClickAsync("#filter-submit");
        await Assertions.Expect(page.Locator("#entries-rows tr[data-entry]")).ToHaveCountAsync(2, new() { Timeout = Eventually.BoundMilliseconds });

        // The organizers decide: the three others are copies of the first; one flagged author is kept, the other waits.
        foreach (var copy in copies.Skip(1)) await MarkCopyAsync(page, copy, copies[0]);
        await page.GotoAsync($"/admin/entry.html?id={flagged[0]}");
        await page.WaitForSelectorAsync("#eligibility-reason-input", Bound);
        await page.FillAsync("#eligibility-reason-input", "Trùng họ tên với người được viết về, không phải một người");
        await page.ClickAsync("#eligibility-keep");
        await Assertions.Expect(page.Locator("#eligibility-state")).ToHaveTextAsync("Đã xem xét: giữ lại bài dự thi", new() { Timeout = Eventually.BoundMilliseconds });

        await AssignAsync(page, demo.RoundId);
        await Assertions.Expect(held.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(held.Locator("[data-flag='eligibility']")).ToHaveTextAsync("1 bài chờ xem điều kiện dự thi.");

        // The judges score: the essay best, as a copy would be; the round closes.
        var totals = new Dictionary<string, decimal> { [copies[0]] = 95, [flagged[0]] = 90, [others[0]] = 80, [others[1]] = 70, [others[2]] = 60 };
        await demo.ScoreAllAsync(id => totals[id]);
        demo.Clock.Advance(TimeSpan.FromDays(2));

        // A copy of a placed entry arrives late: the board names the prize as undecided and approval is refused.
        var late = Entrant.Form(fileName: "bai-du-thi.docx", unitId: "so-noi-vu", email: null);
        late["title"] = demo.TitleOf[flagged[0]];
        late["author"]!["fullName"] = "Lâm Văn Tư";
        var lateCopy = await new Entrant(demo.Stack.Http).EnterAsync(late, WordFiles.Essay("Gửi lại qua Sở.", "Lâm Văn Tư"));
        await page.GotoAsync("/admin/results.html");
        await page.WaitForSelectorAsync($"[data-tier='Giải Nhất'] tr[data-entry='{copies[0]}']", Bound);
        await Assertions.Expect(page.Locator("#undecided-list")).ToContainTextAsync(demo.TitleOf[flagged[0]]);
        await AuditBothWidthsAsync(page);
        await ConfirmAsync(page, "#results-approve");
        await Assertions.Expect(page.Locator("#results-message")).ToContainTextAsync("Còn bài đạt giải chưa được quyết định");

        await MarkCopyAsync(page, lateCopy, flagged[0]);
        await page.GotoAsync("/admin/results.html");
        await page.WaitForSelectorAsync($"[data-tier='Giải Nhất'] tr[data-entry='{copies[0]}']", Bound);
        Assert.True(await page.Locator("#undecided").IsHiddenAsync());
        await ConfirmAsync(page, "#results-approve");
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã phê duyệt", new() { Timeout = Eventually.BoundMilliseconds });
        await ConfirmAsync(page, "#results-publish");
        await Assertions.Expect(page.Locator("#results-summary")).ToContainTextAsync("đã công bố", new() { Timeout = Eventually.BoundMilliseconds });

        // The published list: the essay once, the kept author, and nothing undecided or copied.
        var published = (await demo.Stack.Http.GetFromJsonAsync<PublicResultsView>("/api/results"))!;
        var prizes = published.Tiers.SelectMany(t => t.Prizes.Select(p => (Tier: t.Name, p.Title))).ToList();
        Assert.Equal(
            [("Giải Nhất", DemoDuplicatesStack.Essay), ("Giải Nhì", demo.TitleOf[flagged[0]]), ("Giải Ba", demo.TitleOf[others[0]]), ("Giải Ba", demo.TitleOf[others[1]])],
            prizes);
        Assert.DoesNotContain(prizes, p => p.Title == demo.TitleOf[flagged[1]]);
    }
}
