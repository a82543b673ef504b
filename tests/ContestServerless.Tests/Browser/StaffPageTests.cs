using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>The staff page as the secretariat uses it: a judge's unit picked by name, shown in the table, kept through an edit.</summary>
[Collection(StackCollection.Name)]
public sealed class StaffPageTests(ContestStack stack) : ChromiumTests
{
    private const string Judge = "gk.trang.canbo@example.org";
    private static readonly LocatorAssertionsToHaveTextOptions Bounded = new() { Timeout = Eventually.BoundMilliseconds };

    [Fact]
    public async Task An_organizer_gives_a_judge_a_unit_picked_by_name_sees_it_in_the_table_and_edits_the_judge_without_losing_it()
    {
        using (var organizer = await stack.SignInAsOrganizerAsync())
        {
            await TestUnits.AddAsync(organizer, "gk-trang-can-bo");
            // First by id, far from first by name: a list in id order puts it before "Bộ …" and "Công an …".
            await TestUnits.AddAsync(organizer, "a-gk-dau-danh-sach");
        }
        var page = await OrganizerSession.OpenAsync(Browser, stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.GotoAsync("/admin/staff.html");
        await page.WaitForSelectorAsync("#staff-rows tr");
        await page.WaitForSelectorAsync("#staff-unit option[value='gk-trang-can-bo']", new() { State = WaitForSelectorState.Attached });

        var names = await page.EvalOnSelectorAllAsync<string[]>("#staff-unit option:not([value=''])", "options => options.map(o => o.textContent)");
        var sortedByName = await page.EvaluateAsync<bool>(
            "names => { const c = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' }); return names.every((n, i) => i === 0 || c.compare(names[i - 1], n) <= 0); }",
            names);
        Assert.True(names.Length > 5 && sortedByName, string.Join(" | ", names));

        await page.FillAsync("#staff-email", Judge);
        await page.FillAsync("#staff-name", "Thạch Thị Giám Khảo");
        await page.CheckAsync("input[name='roles'][value='judge']");
        await page.SelectOptionAsync("#staff-unit", new SelectOptionValue { Label = "Đơn vị thử gk-trang-can-bo" });
        await page.ClickAsync("#staff-save");
        var row = page.Locator($"#staff-rows tr[data-email='{Judge}']");
        await Assertions.Expect(row.Locator(".staff-unit")).ToHaveTextAsync("Đơn vị thử gk-trang-can-bo", Bounded);

        await row.Locator(".staff-edit").ClickAsync();
        Assert.Equal("gk-trang-can-bo", await page.InputValueAsync("#staff-unit"));
        Assert.Equal("Thạch Thị Giám Khảo", await page.InputValueAsync("#staff-name"));
        Assert.True(await page.IsCheckedAsync("input[name='roles'][value='judge']"));
        Assert.Equal("staff-name", await OrganizerSession.FocusedIdAsync(page));
        await page.FillAsync("#staff-name", "Thạch Thị Giám Khảo Mới");
        await page.ClickAsync("#staff-save");

        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("Thạch Thị Giám Khảo Mới", Bounded);
        await Assertions.Expect(row.Locator(".staff-unit")).ToHaveTextAsync("Đơn vị thử gk-trang-can-bo", Bounded);
    }
}
