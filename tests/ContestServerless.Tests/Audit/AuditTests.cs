using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContestServerless.Tests.Infrastructure;

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
        var records = (await organizer.GetFromJsonAsync<JsonNode>("/api/organizer/audit"))!["records"]!.AsArray();

        Assert.Equal(
            ["entries-exported", "entry-downloaded", "entry-viewed"],
            records.Take(3).Select(r => r!["action"]!.GetValue<string>()));
        Assert.Equal([id, id], records.Skip(1).Take(2).Select(r => r!["target"]!.GetValue<string>()));
        // The filter and the format in words, as the audit page shows them.
        Assert.Matches(@"^Đơn vị: Hội Nông dân", records[0]!["target"]!.GetValue<string>());
        Assert.EndsWith("bài, CSV", records[0]!["detail"]!.GetValue<string>());
        Assert.All(records.Take(3), r => Assert.Equal(TestStaff.Secretary, r!["user"]!.GetValue<string>()));
        Assert.EndsWith("+07:00", records[0]!["at"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_audit_trail_pages_and_refuses_a_page_token_it_did_not_give()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var response = await organizer.GetAsync("/api/organizer/audit?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
