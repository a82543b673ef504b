using System.IO.Compression;
using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Downloads;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Archive;

/// <summary>
/// The archive package as organizers ask for it on the "Cuộc thi" page: built in the background while the page follows
/// it, then downloaded through the page's link, which redirects to the ZIP; a half-named decision is shown under its
/// field and asks for nothing. On a stack of its own, since a request becomes the contest's newest package.
/// </summary>
public sealed class ArchivePackagePageTests(ContestStack stack) : ChromiumTests, IClassFixture<ContestStack>
{
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = Eventually.BoundMilliseconds };
    private static readonly LocatorAssertionsToHaveTextOptions Has = new() { Timeout = Eventually.BoundMilliseconds };

    [Fact]
    public async Task An_organizer_creates_the_package_on_the_page_and_downloads_the_zip_through_its_link()
    {
        var page = await OpenAsync();

        await page.ClickAsync("#archive-request");

        await Assertions.Expect(page.Locator("#archive-status")).ToContainTextAsync("Hồ sơ lưu trữ đã sẵn sàng", Contains);
        var link = page.Locator("#archive-file");
        await Assertions.Expect(link).ToHaveTextAsync("Tải hồ sơ lưu trữ (.zip)", Has);
        await Assertions.Expect(link).ToBeFocusedAsync();
        Assert.Equal("polite", await page.GetAttributeAsync("#archive-status", "aria-live"));
        await PageAudit.AssertSoundAtBothWidthsAsync(page, leaveAt: PageAudit.DesktopWidth);

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = Eventually.BoundMilliseconds });
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)));
        var manifestEntry = zip.GetEntry(ArchivePackageZip.ManifestFileName);
        Assert.NotNull(manifestEntry);
        await using var json = await manifestEntry.OpenAsync();
        var manifest = ArchivePackageZip.ReadManifest(json)!;
        Assert.Equal(stack.Services.GetRequiredService<ContestOptions>().Id, manifest.ContestId);
        Assert.Equal(TestStaff.Secretary, manifest.GeneratedBy);
    }

    [Fact]
    public async Task A_decision_number_without_its_date_is_shown_under_the_date_and_no_package_is_requested()
    {
        var before = await NewestPackageIdAsync();
        var page = await OpenAsync();

        await page.FillAsync("#archive-number", "125/QĐ-BTC");
        await page.ClickAsync("#archive-request");

        await Assertions.Expect(page.Locator("#archive-date-error")).ToHaveTextAsync("Vui lòng nhập ngày ký quyết định (dd/MM/yyyy).", Has);
        Assert.Equal("true", await page.GetAttributeAsync("#archive-date", "aria-invalid"));
        Assert.Contains("archive-date-error", await page.GetAttributeAsync("#archive-date", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("archive-summary", await OrganizerSession.FocusedIdAsync(page));
        Assert.Equal(before, await NewestPackageIdAsync());
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.GotoAsync("/admin/contest.html");
        await page.WaitForSelectorAsync("#archive-request");
        return page;
    }

    private async Task<string?> NewestPackageIdAsync()
    {
        using var scope = stack.Services.CreateScope();
        var downloads = scope.ServiceProvider.GetRequiredService<IBulkDownloads>();
        return (await downloads.LatestAsync(BulkDownloadKind.ArchivePackage, CancellationToken.None))?.Id;
    }
}
