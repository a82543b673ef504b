using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>The organizers' units page: finding a unit, handing its personal link to the focal points, replacing it, editing.</summary>
[Collection(StackCollection.Name)]
public sealed class UnitsPageTests(ContestStack stack) : ChromiumTests
{
    // The sub-unit's name sorts before its parent's: the letter's order still lists the parent first.
    private const string Parent = "ds-z-cha";
    private const string Child = "ds-a-con";

    [Fact]
    public async Task An_organizer_finds_a_unit_without_accents_copies_and_mails_its_link_and_replaces_it_only_after_confirming()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, Parent);
        await TestUnits.AddAsync(organizer, Child, parentId: Parent);
        var page = await OrganizerSession.OpenAsync(Browser, stack, new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GotoAsync("/admin/units.html");
        await page.WaitForSelectorAsync($"#units-table tr[data-unit='{Parent}']", new() { Timeout = 60_000 });

        await page.FillAsync("#units-search", "don vi thu ds-");
        Assert.Equal([Parent, Child], await page.Locator("#units-table tr[data-unit]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.unit)"));

        // The link, in a full row of its own, with a copy button and a letter to the focal points.
        var row = $"#units-table tr[data-unit='{Parent}']";
        await page.ClickAsync($"{row} .show-link");
        var linkRow = $"#units-table tr[data-unit-link='{Parent}']";
        var link = await (await page.WaitForSelectorAsync($"{linkRow} .unit-link"))!.InputValueAsync();
        Assert.Equal($"link-{Parent}", await OrganizerSession.FocusedIdAsync(page));
        await page.ClickAsync($"{linkRow} .copy-link");
        await page.WaitForSelectorAsync($"{linkRow} .link-status:has-text('Đã sao chép')");
        Assert.Equal(link, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        var mail = (await page.GetAttributeAsync($"{linkRow} .mail-link", "href"))!;
        Assert.StartsWith($"mailto:{Parent}@example.org?subject=", mail);
        Assert.Contains(Uri.EscapeDataString(link), mail);
        Assert.Contains(Uri.EscapeDataString("Đường dẫn riêng của"), mail);

        // Replacing it asks first, in the page; Escape keeps the link and gives focus back.
        await page.ClickAsync($"{linkRow} .rotate-link");
        await page.WaitForSelectorAsync("#rotate-dialog[open]");
        Assert.Equal("rotate-cancel", await OrganizerSession.FocusedIdAsync(page));
        Assert.Empty(await PageAudit.ViolationsAsync(page));
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("#rotate-dialog:not([open])", new() { State = WaitForSelectorState.Attached });
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('rotate-link')"));
        Assert.Equal(link, await page.InputValueAsync($"{linkRow} .unit-link"));

        await page.ClickAsync($"{linkRow} .rotate-link");
        await page.ClickAsync("#rotate-confirm");
        await page.WaitForSelectorAsync($"{linkRow} .link-status:has-text('Đã cấp đường dẫn mới')", new() { Timeout = 60_000 });
        Assert.NotEqual(link, await page.InputValueAsync($"{linkRow} .unit-link"));
        Assert.Contains("button-danger", await page.GetAttributeAsync($"{linkRow} .rotate-link", "class"));
        Assert.Equal(0, await page.Locator($"{row} .rotate-link").CountAsync());
    }

    [Fact]
    public async Task Editing_a_unit_moves_focus_into_the_form_whose_focal_point_fields_have_visible_labels()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, "lk-sua-don-vi");
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        await page.GotoAsync("/admin/units.html");
        await page.WaitForSelectorAsync("#units-table tr[data-unit='lk-sua-don-vi']", new() { Timeout = 60_000 });

        await page.FocusAsync("#units-table tr[data-unit='lk-sua-don-vi'] .link-button");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("unit-name", await OrganizerSession.FocusedIdAsync(page));
        Assert.Equal("lk-sua-don-vi@example.org", await page.GetByLabel("E-mail").First.InputValueAsync());
        Assert.True(await page.Locator("label[for='focal-0-email']").IsVisibleAsync());
        Assert.Equal("Trần Thị Đầu Mối", await page.InputValueAsync("#focal-0-name"));
    }

    [Fact]
    public async Task An_organizer_issues_a_late_entry_link_for_a_unit_and_copies_it()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        const string unit = "nop-muon-trang";
        await TestUnits.AddAsync(organizer, unit);
        var page = await OrganizerSession.OpenAsync(Browser, stack, new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GotoAsync("/admin/units.html");
        await page.WaitForSelectorAsync($"#units-table tr[data-unit='{unit}']", new() { Timeout = 60_000 });

        await page.ClickAsync($"#units-table tr[data-unit='{unit}'] .issue-late-link");

        var lateRow = $"#units-table tr[data-late-link='{unit}']";
        var link = await (await page.WaitForSelectorAsync($"{lateRow} .late-link"))!.InputValueAsync();
        Assert.StartsWith($"{stack.BaseAddress.ToString().TrimEnd('/')}/submit.html#late=late~{unit}~", link);
        Assert.Equal($"late-link-{unit}", await OrganizerSession.FocusedIdAsync(page));
        await page.ClickAsync($"{lateRow} .copy-late-link");
        await page.WaitForSelectorAsync($"{lateRow} .link-status:has-text('Đã sao chép')");
        Assert.Equal(link, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(await PageAudit.ViolationsAsync(page));
    }
}
