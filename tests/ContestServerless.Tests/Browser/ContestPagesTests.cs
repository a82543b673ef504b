using System.Text.RegularExpressions;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Standing;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// The deployment's first contest with two more stored beside it: <see cref="Second"/>, open, holding two entries of its
/// unit "so-noi-vu", and <see cref="Past"/>, closed a year ago.
/// </summary>
public sealed class ContestPagesStack() : SeededStack(new ContestStack())
{
    public const string Second = "thu-nghiem-2027";
    public const string SecondName = "Cuộc thi viết thử nghiệm năm 2027";
    public const string Past = "da-qua-2017";
    public const string PastName = "Cuộc thi viết năm 2017";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestContests.AddAsync(Stack, Second, SecondName);
        var now = Stack.Clock.GetUtcNow();
        await TestContests.AddAsync(Stack, Past, PastName, settings =>
        {
            settings.SubmissionOpensAt = now.AddDays(-400);
            settings.QuickReportDueAt = now.AddDays(-350);
            settings.SubmissionClosesAt = now.AddDays(-300);
        });

        using var second = ContestClients.In(organizer, Second);
        await TestUnits.AddAsync(second, "so-noi-vu");
        using var entrantClient = ContestClients.In(Stack.Http, Second);
        var entrant = new Entrant(entrantClient);
        await entrant.EnterAsync("so-noi-vu", "Bài thứ nhất của năm 2027");
        await entrant.EnterAsync("so-noi-vu", "Bài thứ hai của năm 2027");
    }

    public string FirstName => Stack.Services.GetRequiredService<ContestDirectory>().Default.Settings.Name;

    /// <summary>The dashboard's figures of a contest (null: the default one), as the organizers' API answers them.</summary>
    public async Task<StandingView> StandingAsync(string? contestId)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var client = contestId is null ? null : ContestClients.In(organizer, contestId);
        return await (await (client ?? organizer).GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
    }
}

/// <summary>
/// Pages serve the contest their address names (?contest=), staff pages the working contest chosen in their header, and
/// every other address the deployment's first contest, as before contests were records.
/// </summary>
public sealed class ContestPagesTests(ContestPagesStack fixture) : ChromiumTests, IClassFixture<ContestPagesStack>
{
    private ContestStack Stack => fixture.Stack;

    private static ILocator ContestItem(IPage page, string id) => page.Locator($"#contests li[data-contest='{id}']");

    [Fact]
    public async Task A_visitor_opens_the_second_contest_from_the_home_list_and_the_entry_lands_in_it_and_is_found_there_alone()
    {
        var page = await Browser.NewPhonePageAsync(Stack.BaseAddress);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#contests:not([hidden])");
        await page.WaitForSelectorAsync("#documents a");
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        // Open ones first, then the past one with its results.
        Assert.Equal("Đang nhận bài và sắp mở", await page.TextContentAsync("#contests-current-heading"));
        Assert.Contains("Đang nhận bài", await ContestItem(page, ContestPagesStack.Second).TextContentAsync());
        Assert.Contains("Đã đóng", await ContestItem(page, ContestPagesStack.Past).TextContentAsync());
        Assert.Equal(1, await page.Locator($"#contests ul[aria-labelledby='contests-past-heading'] li[data-contest='{ContestPagesStack.Past}']").CountAsync());
        Assert.Equal($"/ket-qua.html?contest={ContestPagesStack.Past}",
            await ContestItem(page, ContestPagesStack.Past).GetByRole(AriaRole.Link, new() { Name = "Xem kết quả" }).GetAttributeAsync("href"));

        await ContestItem(page, ContestPagesStack.Second).GetByRole(AriaRole.Link, new() { Name = "Gửi bài dự thi" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/submit\.html\?contest={ContestPagesStack.Second}$"));
        // The second contest's register: the first contest's units are not offered.
        await page.WaitForSelectorAsync("#unitId option[value='so-noi-vu']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await page.Locator("#unitId option[value='thcs-phuong-5']").CountAsync());
        await EntryFormPage.FillInAsync(page, "Người lái đò năm 2027", unitId: "so-noi-vu");
        var (id, code) = await EntryFormPage.SubmitAsync(page);
        Assert.Contains($"contest={ContestPagesStack.Second}", page.Url);

        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var second = ContestClients.In(organizer, ContestPagesStack.Second);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/organizer/entries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync($"/api/organizer/entries/{id}")).StatusCode);

        // Through the site's own navigation the visitor stays in the second contest.
        await page.Locator("header.site-header").GetByRole(AriaRole.Link, new() { Name = "Tra cứu bài dự thi" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/lookup\.html\?contest={ContestPagesStack.Second}$"));
        await page.FillAsync("#lookup-id", id);
        await page.FillAsync("#lookup-code", code);
        await page.ClickAsync("#lookup-submit");
        await page.WaitForSelectorAsync("#lookup-result:has-text('Người lái đò năm 2027')");
        foreach (var href in await page.Locator("header.site-header nav a, footer.site-footer a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            Assert.Contains($"contest={ContestPagesStack.Second}", href);

        // The first contest, at the address printed before, knows nothing of it.
        await page.GotoAsync("/lookup.html");
        await page.FillAsync("#lookup-id", id);
        await page.FillAsync("#lookup-code", code);
        await page.ClickAsync("#lookup-submit");
        await page.WaitForSelectorAsync("#lookup-message:has-text('Không tìm thấy')");
    }

    [Fact]
    public async Task Addresses_without_a_contest_still_show_the_first_contest_and_one_naming_a_contest_shows_that_one()
    {
        var page = await Browser.NewPhonePageAsync(Stack.BaseAddress);

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#contest-name[data-contest]");
        await page.WaitForSelectorAsync("#contests:not([hidden])");
        Assert.Equal(fixture.FirstName, (await page.TextContentAsync("#contest-name"))!.Trim());
        var first = Stack.Services.GetRequiredService<ContestDirectory>().DefaultId;
        Assert.Equal("page", await ContestItem(page, first).Locator(".contest-item-name a").GetAttributeAsync("aria-current"));
        Assert.Equal("/submit.html", await page.Locator("header.site-header").GetByRole(AriaRole.Link, new() { Name = "Gửi bài dự thi", Exact = true }).GetAttributeAsync("href"));

        await page.GotoAsync("/submit.html");
        await page.WaitForSelectorAsync("#unitId option[value='thcs-phuong-5']", new() { State = WaitForSelectorState.Attached });

        await page.GotoAsync($"/?contest={ContestPagesStack.Second}");
        await page.WaitForSelectorAsync($"#contest-name:has-text('{ContestPagesStack.SecondName}')");
        await page.WaitForSelectorAsync("#contests:not([hidden])");
        Assert.Equal("page", await ContestItem(page, ContestPagesStack.Second).Locator(".contest-item-name a").GetAttributeAsync("aria-current"));
        Assert.Equal($"/rules.html?contest={ContestPagesStack.Second}",
            await page.Locator("header.site-header").GetByRole(AriaRole.Link, new() { Name = "Thể lệ" }).GetAttributeAsync("href"));
        // An in-page link stays in the page.
        Assert.Equal("#main", await page.GetAttributeAsync(".skip-link", "href"));
    }

    [Fact]
    public async Task An_organizer_switches_the_working_contest_in_the_header_and_every_page_then_works_on_it()
    {
        var firstStanding = await fixture.StandingAsync(null);
        var page = await OrganizerSession.OpenAsync(Browser, Stack);
        await page.GotoAsync("/admin/");
        await page.WaitForSelectorAsync("#units-table tr[data-unit]");
        await page.WaitForSelectorAsync("#working-contest-choice option", new() { State = WaitForSelectorState.Attached });
        Assert.Equal($"Cuộc thi đang làm việc: {fixture.FirstName} (Đang nhận bài)", (await page.TextContentAsync(".working-contest-current"))!.Trim());
        Assert.Equal(firstStanding.EntriesReceived.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextContentAsync("#total-entries"));
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        // By keyboard: the list of contests, then the button.
        await page.FocusAsync("#working-contest-choice");
        await page.SelectOptionAsync("#working-contest-choice", ContestPagesStack.Second);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("working-contest-switch", await OrganizerSession.FocusedIdAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync($"#working-contest-name:has-text('{ContestPagesStack.SecondName}')");
        var secondStanding = await fixture.StandingAsync(ContestPagesStack.Second);
        Assert.True(secondStanding.EntriesReceived >= 2);
        Assert.NotEqual(firstStanding.EntriesReceived, secondStanding.EntriesReceived);
        await Assertions.Expect(page.Locator("#total-entries")).ToHaveTextAsync(secondStanding.EntriesReceived.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"contest={ContestPagesStack.Second}", await page.GetAttributeAsync("#export-standing-xlsx", "href"));

        // Another page, opened later in the same browser, works on the chosen contest too; the public site does not.
        await page.Locator("header.site-header").GetByRole(AriaRole.Link, new() { Name = "Bài dự thi", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#entries-rows tr[data-entry]");
        Assert.Contains(ContestPagesStack.SecondName, await page.TextContentAsync("#working-contest-name"));
        Assert.Contains("năm 2027", await page.TextContentAsync("#entries-rows"));
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#contest-name[data-contest]");
        Assert.Equal(fixture.FirstName, (await page.TextContentAsync("#contest-name"))!.Trim());
    }

    [Fact]
    public async Task A_working_contest_kept_in_the_browser_that_is_no_longer_stored_gives_way_to_the_first_contest()
    {
        var page = await OrganizerSession.OpenAsync(Browser, Stack);
        await page.Context.AddInitScriptAsync("if (!sessionStorage.getItem('seeded')) { localStorage.setItem('contestServerless.workingContest', 'khong-con-nua'); sessionStorage.setItem('seeded', '1'); }");

        await page.GotoAsync("/admin/");

        await page.WaitForSelectorAsync($"#working-contest-name:has-text('{fixture.FirstName}')");
        await page.WaitForSelectorAsync("#units-table tr[data-unit]");
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('contestServerless.workingContest')"));
    }
}
