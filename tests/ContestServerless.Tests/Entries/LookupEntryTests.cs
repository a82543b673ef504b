using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class LookupEntryTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);

    private async Task<JsonObject> EnterAsync()
    {
        var response = await _entrant.EnterAsync(TestFiles.Pdf(), unitId: "h-ke-sach");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task The_entrant_sees_its_entry_and_its_own_name_but_no_file_fingerprint_with_id_and_receipt_code()
    {
        var receipt = await EnterAsync();

        var view = await stack.Http.GetFromJsonAsync<JsonObject>(
            $"/api/entries/{receipt["id"]}?receipt={receipt["receiptCode"]!.GetValue<string>().ToLowerInvariant().Replace("-", "")}");

        Assert.Equal("Người thầy giữa rừng đước", view!["title"]!.GetValue<string>());
        Assert.Equal("Nguyễn Thị Lan", view["authorName"]!.GetValue<string>());
        Assert.Equal("Ủy ban nhân dân huyện Kế Sách", view["unitName"]!.GetValue<string>());
        Assert.Equal("Giảm nghèo bền vững và giải quyết việc làm", view["movementName"]!.GetValue<string>());
        Assert.Equal("received", view["status"]!.GetValue<string>());
        Assert.EndsWith("+07:00", view["receivedAt"]!.GetValue<string>());
        Assert.False(view.ContainsKey("contentMd5"), "the file's fingerprint is for organizers, not for the receipt");
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_id_answer_the_same_404()
    {
        var receipt = await EnterAsync();

        var wrongCode = await stack.Http.GetAsync($"/api/entries/{receipt["id"]}?receipt=AAAA-BBBB");
        var unknownId = await stack.Http.GetAsync($"/api/entries/ZZZZZZZZZZ?receipt={receipt["receiptCode"]}");
        var noCode = await stack.Http.GetAsync($"/api/entries/{receipt["id"]}");

        Assert.All(new[] { wrongCode, unknownId, noCode }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("application/problem+json", wrongCode.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await wrongCode.Content.ReadAsStringAsync(), await unknownId.Content.ReadAsStringAsync());
    }
}
