using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Browser;

/// <summary>The organizers' entry page names units by name: the unit that handed the entry in and the units of its possible duplicates.</summary>
[Collection(StackCollection.Name)]
public sealed class EntryPageUnitNamesTests(ContestStack stack) : ChromiumTests
{
    [Fact]
    public async Task The_unit_that_handed_an_entry_in_and_the_units_of_its_duplicates_are_named_not_shown_by_id()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var handing = await TestUnits.AddAsync(organizer, "ten-don-vi-nop-thay");
        var other = await TestUnits.AddAsync(organizer, "ten-don-vi-bai-trung");
        using var portal = TestUnits.Portal(stack, await TestUnits.LinkTokenAsync(organizer, handing));
        var essay = TestFiles.Pdf();
        var form = Entrant.HandedIn(Entrant.Form(unitId: handing, size: essay.Length, email: null));
        form["title"] = "Người gác đèn biển Vĩnh Châu";
        var created = await portal.PostAsJsonAsync("/api/unit/entries", form);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var ticket = await created.ReadAs<UploadTicketView>();
        (await Entrant.UploadAsync(new Uri(ticket.UploadUrl), essay)).EnsureSuccessStatusCode();
        var entrant = new Entrant(stack.Http);
        entrant.Remember(ticket.Id, ticket.SubmitKey);
        (await entrant.SubmitAsync(ticket.Id)).EnsureSuccessStatusCode();
        var copy = Entrant.Form(unitId: other, size: essay.Length);
        copy["title"] = "Người gác đèn biển Vĩnh Châu";
        await entrant.EnterAsync(copy, essay);
        await stack.CatalogueCaughtUpAsync();
        var page = await OrganizerSession.OpenAsync(Browser, stack);

        await page.GotoAsync($"/admin/entry.html?id={ticket.Id}");

        await page.WaitForSelectorAsync("#duplicate-matches li");
        var text = await page.InnerTextAsync("main");
        Assert.Contains($"cán bộ đầu mối của Đơn vị thử {handing}", text);
        Assert.Contains($"Đơn vị thử {other}", await page.InnerTextAsync("#duplicate-matches"));
        Assert.Empty(await PageAudit.RawCodeTextAsync(page, ["so-noi-vu", "h-ke-sach"]));
    }
}
