using System.Text.Json;
using System.Text.Json.Nodes;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class LookupEntryTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);

    private async Task<ReceiptView> EnterAsync()
    {
        var response = await _entrant.EnterAsync(TestFiles.Pdf(), unitId: "h-ke-sach");
        return await response.ReadAs<ReceiptView>();
    }

    [Fact]
    public async Task The_entrant_sees_its_entry_and_its_own_name_but_no_file_fingerprint_with_id_and_receipt_code()
    {
        var receipt = await EnterAsync();

        var json = await stack.Http.GetStringAsync(
            $"/api/entries/{receipt.Id}?receipt={receipt.ReceiptCode.ToLowerInvariant().Replace("-", "")}");
        var view = JsonSerializer.Deserialize<EntryLookupView>(json, ResponseJson.Web)!;

        Assert.Equal("Người thầy giữa rừng đước", view.Title);
        Assert.Equal("Nguyễn Thị Lan", view.AuthorName);
        Assert.Equal("Ủy ban nhân dân huyện Kế Sách", view.UnitName);
        Assert.Equal("Giảm nghèo bền vững và giải quyết việc làm", view.MovementName);
        Assert.Equal("received", view.Status);
        Assert.Equal(TimeSpan.FromHours(7), view.ReceivedAt!.Value.Offset);
        // On the wire, not just in the record.
        Assert.False(JsonNode.Parse(json)!.AsObject().ContainsKey("contentMd5"), "the file's fingerprint is for organizers, not for the receipt");
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_id_answer_the_same_404()
    {
        var receipt = await EnterAsync();

        var wrongCode = await stack.Http.GetAsync($"/api/entries/{receipt.Id}?receipt=AAAA-BBBB");
        var unknownId = await stack.Http.GetAsync($"/api/entries/ZZZZZZZZZZ?receipt={receipt.ReceiptCode}");
        var noCode = await stack.Http.GetAsync($"/api/entries/{receipt.Id}");

        Assert.All(new[] { wrongCode, unknownId, noCode }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("application/problem+json", wrongCode.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await wrongCode.Content.ReadAsStringAsync(), await unknownId.Content.ReadAsStringAsync());
    }
}
