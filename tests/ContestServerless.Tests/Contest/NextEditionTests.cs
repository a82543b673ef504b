using System.Globalization;
using System.IO.Compression;
using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Common;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Results;
using ContestServerless.Functions.Standing;
using ContestServerless.Functions.Units;
using ContestServerless.Tests.Browser;
using ContestServerless.Tests.LocalHost;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A year of the secretariat's work on the demo's data, in the browser: Cần Thơ 2026 copied into 2027 with its register,
/// the copy's deadline extended with a notice the home page shows, a unit of 2027 handing in through its new link while
/// its 2026 link opens nothing there, the 2026 figures untouched, and Sóc Trăng 2018 archived with its results still
/// public and a records package holding every entry. On a demo stack of its own, since it archives and creates contests.
/// </summary>
public sealed class NextEditionTests(DemoStack demo) : ChromiumTests, IClassFixture<DemoStack>
{
    private const string Source = "can-tho-2026";
    private const string Copy = "can-tho-2027";
    private const string CopyName = "Cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt thành phố Cần Thơ năm 2027";
    private const string Past = "soc-trang-2018";
    private const string Notice = "Ban Tổ chức gia hạn nhận bài dự thi năm 2027 để các xã, phường mới sau sắp xếp kịp tổ chức phát động.";

    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToHaveTextOptions Has = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToBeVisibleOptions Shown = new() { Timeout = Eventually.BoundMilliseconds };

    private ContestStack Stack => demo.Stack;

    [Fact]
    public async Task The_secretariat_copies_a_contest_into_next_year_extends_it_and_archives_a_past_one_without_touching_the_others()
    {
        using var organizerApi = await Stack.SignInAsOrganizerAsync();
        using var in2026 = ContestClients.In(organizerApi, Source);
        var standing2026 = await StandingAsync(in2026);
        var page = await OrganizerSession.OpenAsync(Browser, Stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);

        // Copy Cần Thơ 2026 into 2027 with its register, on the "Cuộc thi" page.
        await page.GotoAsync("/admin/contest.html");
        await page.WaitForSelectorAsync($"#contest-groups [data-contest='{Source}']");
        await page.FillAsync("#create-id", Copy);
        await page.FillAsync("#create-name", CopyName);
        await page.SelectOptionAsync("#create-copyFrom", Source);
        await page.CheckAsync("#create-copyRegister");
        await page.ClickAsync("#create-submit");
        await Assertions.Expect(page.Locator($"#contest-groups [data-contest='{Copy}']")).ToBeVisibleAsync(Shown);

        // Work on 2027 from the header, then extend its deadline with a public notice.
        await SwitchWorkingContestAsync(page, Copy, CopyName);
        await page.GotoAsync("/admin/contest.html");
        await Assertions.Expect(page.Locator("#name")).ToHaveValueAsync(CopyName, new() { Timeout = Eventually.BoundMilliseconds });
        var closesAt = VietnamTime.ToLocal(DateTimeOffset.UtcNow.AddDays(75)).Date.AddHours(17);
        var typedClose = closesAt.ToString(VietnamTime.InstantFormat, CultureInfo.InvariantCulture);
        await page.FillAsync("#extension-closesAt", typedClose);
        await page.FillAsync("#extension-reason", "Các xã, phường mới cần thêm thời gian phát động.");
        await page.FillAsync("#extension-notice", Notice);
        await page.ClickAsync("#extension-submit");
        await page.Locator("dialog.confirm-dialog [data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("#contest-extension .extension-text")).ToHaveTextAsync(Notice, Has);

        // A visitor reaches 2027 from the home page's list and reads the notice there.
        var visitor = await NewPageAsync(Stack);
        visitor.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await visitor.GotoAsync("/");
        await visitor.Locator($"li.contest-item[data-contest='{Copy}'] .contest-item-name a").ClickAsync();
        await Assertions.Expect(visitor.Locator("#contest-extension .extension-text")).ToHaveTextAsync(Notice, Has);
        await Assertions.Expect(visitor.Locator("#contest-extension .extension-closes")).ToHaveTextAsync(typedClose, Has);
        await PageAudit.AssertSoundAtBothWidthsAsync(visitor, leaveAt: PageAudit.DesktopWidth);

        // The same unit's link of 2026 opens nothing in 2027; its new 2027 link hands in an entry.
        using var in2027 = ContestClients.In(organizerApi, Copy);
        var unit = (await (await in2027.GetAsync("/api/organizer/units")).ReadAs<List<UnitView>>()).First(u => u.Active && u.ParentId is null);
        var link2026 = await LinkAsync(in2026, unit.Id);
        var link2027 = await LinkAsync(in2027, unit.Id);
        Assert.Contains($"contest={Copy}", link2027, StringComparison.Ordinal);
        var focal = await NewPageAsync(Stack);
        focal.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await focal.GotoAsync(link2026.Replace($"contest={Source}", $"contest={Copy}", StringComparison.Ordinal));
        await Assertions.Expect(focal.Locator("#portal-message")).ToContainTextAsync("Đường dẫn không hợp lệ", Contains);
        Assert.True(await focal.Locator("#portal").IsHiddenAsync());

        // A new tab: the two addresses differ only after '#', which a tab follows without loading the page again.
        focal = await NewPageAsync(Stack);
        focal.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await UnitPortalPage.OpenAsync(focal, link2027, unit.Name, $"0/{unit.MinimumEntries}");
        await EntryFormPage.HandInAsync(focal, unit.Name, new PaperEntry(unit.Id, "Người lái đò đưa học trò qua sông", "1962",
            "Ấp Thới Bình", "0292 3822 444", "Ấp Thới Bình", "Ba mươi năm chở học trò qua sông không lấy tiền.", "Văn phòng đơn vị"));
        Assert.Equal($"1/{unit.MinimumEntries}", await focal.TextContentAsync("#unit-count"));
        // The dashboard's figures may be cached for seconds.
        await Eventually.WaitAsync(async () => (await StandingAsync(in2027)).Received == 1, "2027's dashboard to count the entry handed in");
        Assert.Equal(standing2026, await StandingAsync(in2026));

        // The 2026 dashboard, as its organizers see it, shows the numbers it showed before.
        await SwitchWorkingContestAsync(page, Source, null);
        await page.GotoAsync("/admin/");
        await Assertions.Expect(page.Locator("#total-entries")).ToHaveTextAsync(standing2026.Received.ToString(CultureInfo.InvariantCulture), Has);
        await Assertions.Expect(page.Locator("#units-with-entries")).ToHaveTextAsync(standing2026.WithEntries.ToString(CultureInfo.InvariantCulture), Has);

        // Sóc Trăng 2018 is archived from the list; its results stay public and its package holds every entry.
        await SwitchWorkingContestAsync(page, Past, null);
        await page.GotoAsync("/admin/contest.html");
        await page.Locator($"#contest-groups [data-contest='{Past}'] [data-archive]").ClickAsync();
        await page.Locator("dialog.confirm-dialog [data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator($"#contest-groups section[data-status='archived'] [data-contest='{Past}']")).ToBeVisibleAsync(Shown);

        var results = await Stack.Http.GetAsync("/api/results");
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.NotEmpty((await results.ReadAs<PublicResultsView>()).Tiers.SelectMany(t => t.Prizes));
        await visitor.GotoAsync("/ket-qua.html");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Giải Nhất", Contains);

        await page.ReloadAsync();
        await page.ClickAsync("#archive-request");
        await Assertions.Expect(page.Locator("#archive-status")).ToContainTextAsync("Hồ sơ lưu trữ đã sẵn sàng", Contains);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#archive-file").ClickAsync(), new() { Timeout = Eventually.BoundMilliseconds });
        using var zip = new ZipArchive(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)));
        await using var json = await zip.GetEntry(ArchivePackageZip.ManifestFileName)!.OpenAsync();
        var manifest = ArchivePackageZip.ReadManifest(json)!;
        Assert.Equal(Past, manifest.ContestId);
        Assert.Equal(DemoStack.Entries, manifest.Counts.Entries.Received);
        Assert.Equal(DemoStack.Entries, manifest.Counts.EntryFiles);
    }

    /// <summary>Chooses the working contest in the staff header, as an organizer does, and waits for the page to name it.</summary>
    private static async Task SwitchWorkingContestAsync(IPage page, string contestId, string? name)
    {
        await page.GotoAsync("/admin/");
        await page.WaitForSelectorAsync($"#working-contest-choice option[value='{contestId}']", new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#working-contest-choice", contestId);
        await page.ClickAsync("#working-contest-switch");
        await page.WaitForFunctionAsync("id => document.querySelector('#working-contest-choice')?.value === id", contestId);
        if (name is not null) await Assertions.Expect(page.Locator("#working-contest-name")).ToContainTextAsync(name, Contains);
    }

    private static async Task<string> LinkAsync(HttpClient organizer, string unitId)
    {
        var response = await organizer.GetAsync($"/api/organizer/units/{unitId}/link");
        return (await response.ReadAs<UnitLinkView>()).Path;
    }

    private static async Task<Figures> StandingAsync(HttpClient organizer)
    {
        var standing = await (await organizer.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
        return new(standing.EntriesReceived, standing.UnitsWithEntries, standing.UnitsWithoutEntries, standing.ReportsFiled);
    }

    private sealed record Figures(int Received, int WithEntries, int WithoutEntries, int Reports);
}
