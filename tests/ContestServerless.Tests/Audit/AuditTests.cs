using ContestServerless.Functions.Audit;

namespace ContestServerless.Tests.Audit;

[Collection(StackCollection.Name)]
public sealed class AuditTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);

    [Fact]
    public async Task Viewing_downloading_and_exporting_are_recorded_newest_first_with_who_did_it()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var id = await _entrant.EnterAsync(Entrant.Form(unitId: "hoi-nong-dan"), TestFiles.Pdf());

        await organizer.GetAsync($"/api/organizer/entries/{id}");
        await organizer.GetAsync($"/api/organizer/entries/{id}/file");
        await organizer.GetAsync("/api/organizer/exports/entries?format=csv&unit=hoi-nong-dan");
        var records = (await organizer.GetFromJsonAsync<AuditPageView>("/api/organizer/audit"))!.Records;

        Assert.Equal(
            ["entries-exported", "entry-downloaded", "entry-viewed"],
            records.Take(3).Select(r => r.Action));
        Assert.Equal([id, id], records.Skip(1).Take(2).Select(r => r.Target));
        // The filter and the format in words, as the audit page shows them.
        Assert.Matches(@"^Đơn vị: Hội Nông dân", records[0].Target);
        Assert.EndsWith("bài, CSV", records[0].Detail);
        Assert.All(records.Take(3), r => Assert.Equal(TestStaff.Secretary, r.User));
        Assert.Equal(TimeSpan.FromHours(7), records[0].At.Offset);
    }

    [Fact]
    public async Task The_audit_trail_pages_and_refuses_a_page_token_it_did_not_give()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var response = await organizer.GetAsync("/api/organizer/audit?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
