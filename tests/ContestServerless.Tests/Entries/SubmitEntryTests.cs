using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Entries;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class SubmitEntryTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);
    private readonly IEntryStore _store = stack.Services.GetRequiredService<IEntryStore>();
    private readonly IEntryFiles _files = stack.Services.GetRequiredService<IEntryFiles>();

    private sealed record SubmitReceipt(string Id, string ReceiptCode);

    private Task<UnitTally> Tally(string unitId) => _store.GetTallyAsync(unitId, CancellationToken.None);

    /// <summary>An entry created for <paramref name="file"/> (or declaring <paramref name="declaredSize"/>) and uploaded, not submitted; answers its id.</summary>
    private async Task<string> UploadedAsync(byte[] file, string unitId, string fileName = "bai-du-thi.pdf", long? declaredSize = null)
    {
        var (id, link) = await _entrant.CreateAsync(Entrant.Form(fileName, declaredSize ?? file.Length, unitId));
        await Entrant.UploadAsync(link, file);
        return id;
    }

    /// <summary>The answer as JSON, for checking what is not on the wire.</summary>
    private async Task<(int Status, JsonNode Body)> SubmitRaw(string id, string? submitKey = null)
    {
        var keyed = new JsonObject { ["submitKey"] = submitKey ?? _entrant.SubmitKeyOf(id) };
        var result = await stack.Function<EntryFunctions>().SubmitEntry(FunctionCalls.Post(stack.Services, keyed), id, CancellationToken.None);
        var (status, body, _) = FunctionCalls.Read(result);
        return (status, body);
    }

    private async Task<(int Status, ReceiptView Body)> Submit(string id, string? submitKey = null)
    {
        var (status, body) = await SubmitRaw(id, submitKey);
        return (status, body.Deserialize<ReceiptView>(ResponseJson.Web)!);
    }

    private async Task<(int Status, ValidationProblemDetails Body)> SubmitRefused(string id, string? submitKey = null)
    {
        var (status, body) = await SubmitRaw(id, submitKey);
        return (status, body.Deserialize<ValidationProblemDetails>(ResponseJson.Web)!);
    }

    [Fact]
    public async Task Submit_verifies_the_file_records_the_entry_and_counts_it_for_its_unit()
    {
        var pdf = TestFiles.Pdf(padding: 500);
        var id = await UploadedAsync(pdf, "so-tu-phap");

        var (status, receipt) = await Submit(id);

        Assert.Equal(200, status);
        Assert.Equal("received", receipt.Status);
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", receipt.ReceiptCode);
        var stored = (await _store.FindAsync(id, CancellationToken.None))!.Entry;
        // Blob storage's own MD5 of the single-shot PUT, read from its records: submit never hashed the bytes.
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(pdf)), stored.ContentMd5);
        Assert.Equal(pdf.Length, await _files.GetSizeAsync(stored.BlobName, CancellationToken.None));
        Assert.Equal(1, (await Tally("so-tu-phap")).ReceivedEntries);
    }

    [Fact]
    public async Task Submitting_again_returns_the_same_receipt_and_counts_nothing_twice()
    {
        var id = await UploadedAsync(TestFiles.Pdf(), "so-tai-chinh");

        var first = await Submit(id);
        var second = await Submit(id);

        Assert.Equal(first.Body, second.Body);
        Assert.Equal(1, (await Tally("so-tai-chinh")).ReceivedEntries);
    }

    [Fact]
    public async Task Simultaneous_submits_of_one_entry_issue_one_receipt_and_count_it_once()
    {
        var id = await UploadedAsync(TestFiles.Pdf(), "so-cong-thuong");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Submit(id)));

        Assert.Single(answers.Select(a => a.Body.ReceiptCode).Distinct());
        Assert.Equal(1, (await Tally("so-cong-thuong")).ReceivedEntries);
    }

    [Fact]
    public async Task Entries_of_one_unit_submitted_at_once_are_all_counted()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            var id = await UploadedAsync(TestFiles.Pdf(), "so-xay-dung");
            return id;
        }));

        var answers = await Task.WhenAll(created.Select(id => Submit(id)));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(5, (await Tally("so-xay-dung")).ReceivedEntries);
    }

    [Fact]
    public async Task Submit_rejects_a_pdf_that_is_really_a_zip_deletes_it_and_counts_nothing()
    {
        var zip = TestFiles.Docx();
        var id = await UploadedAsync(zip, "so-giao-thong", "bai.pdf");

        var (status, problem) = await SubmitRefused(id);

        Assert.Equal(400, status);
        Assert.Contains("không khớp với đuôi .pdf", problem.Errors["file"][0]);
        var stored = (await _store.FindAsync(id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Pending, stored.Status);
        Assert.NotNull(stored.RejectionReason);
        Assert.Null(await _files.GetSizeAsync(stored.BlobName, CancellationToken.None));
        Assert.Equal(0, (await Tally("so-giao-thong")).ReceivedEntries);
    }

    [Fact]
    public async Task Submit_refuses_a_docx_that_inflates_to_64_MB_stores_nothing_and_counts_nothing()
    {
        var before = (await Tally("so-khoa-hoc")).ReceivedEntries;
        var bomb = TestFiles.DocxBomb(64L * 1024 * 1024);
        var id = await UploadedAsync(bomb, "so-khoa-hoc", "bai.docx");

        var (status, problem) = await SubmitRefused(id);

        Assert.Equal(400, status);
        Assert.Contains("giải nén vượt quá", problem.Errors["file"][0]);
        var stored = (await _store.FindAsync(id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Pending, stored.Status);
        Assert.Null(await _files.GetSizeAsync(stored.BlobName, CancellationToken.None));
        Assert.Equal(before, (await Tally("so-khoa-hoc")).ReceivedEntries);
    }

    [Fact]
    public async Task Submit_rejects_a_file_whose_size_differs_from_the_declared_one()
    {
        var id = await UploadedAsync(TestFiles.Pdf(), "so-y-te", declaredSize: 999_999);

        var (status, problem) = await SubmitRefused(id);

        Assert.Equal(400, status);
        Assert.Contains("khác với dung lượng đã khai báo", problem.Errors["file"][0]);
        Assert.Equal(0, (await Tally("so-y-te")).ReceivedEntries);
    }

    [Fact]
    public async Task Submit_before_the_upload_says_the_file_is_missing_and_keeps_the_entry_pending()
    {
        var (id, _) = await _entrant.CreateAsync(Entrant.Form());

        var (status, problem) = await SubmitRefused(id);

        Assert.Equal(400, status);
        Assert.StartsWith("Chưa nhận được tệp", problem.Errors["file"][0]);
        Assert.Equal(EntryStatus.Pending, (await _store.FindAsync(id, CancellationToken.None))!.Entry.Status);
    }

    [Theory]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("not-an-id")]
    [InlineData("..%2F..%2Fx")]
    public async Task Submit_answers_404_for_an_unknown_entry(string id)
    {
        var (status, problem) = await SubmitRefused(id);

        Assert.Equal(404, status);
        Assert.Equal("Không tìm thấy bài dự thi", problem.Title);
    }

    [Fact]
    public async Task Submit_after_closing_and_the_upload_window_is_refused()
    {
        var id = await UploadedAsync(TestFiles.Pdf(), "so-noi-vu");
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(31)));

        var result = await new EntryFunctions(service).SubmitEntry(
            FunctionCalls.Post(stack.Services, new JsonObject { ["submitKey"] = _entrant.SubmitKeyOf(id) }), id, CancellationToken.None);

        var (status, problem, _) = FunctionCalls.Read<ValidationProblemDetails>(result);
        Assert.Equal(400, status);
        Assert.Equal("Cuộc thi đã hết hạn nhận bài", problem.Title);
    }

    [Fact]
    public async Task The_author_gets_a_confirmation_email_through_SendGrid_once()
    {
        var response = await _entrant.EnterAsync(TestFiles.Docx(), "bai-du-thi.docx", email: "confirm-once@example.org");
        var receipt = await response.ReadAs<ReceiptView>();
        await _entrant.SubmitAsync(receipt.Id);

        await Eventually.WaitAsync(() => stack.Outbox.Messages.Any(m => m.To.Contains("confirm-once@example.org")), "the receipt e-mail");
        var mail = Assert.Single(stack.Outbox.Messages, m => m.To.Contains("confirm-once@example.org"));
        Assert.Equal($"Biên nhận bài dự thi – mã biên nhận {receipt.ReceiptCode}", mail.Subject);
        Assert.Contains(receipt.ReceiptCode, mail.PlainText);
        Assert.Contains("Kính gửi Ông/Bà Nguyễn Thị Lan,", mail.PlainText);
        Assert.Contains("Sở Nội vụ", mail.PlainText);
    }

    [Fact]
    public async Task No_email_is_sent_when_the_author_gave_none()
    {
        var response = await _entrant.EnterAsync(TestFiles.Pdf(), email: "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<SubmitReceipt>(new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
        // Other tests' receipts arrive in the background meanwhile; this entry owes none, so none can be sent for it.
        var receipts = stack.Services.GetRequiredService<IReceiptMails>();
        Assert.Null(await receipts.FindAsync("so-noi-vu", receipt.Id, CancellationToken.None));
        Assert.DoesNotContain(stack.Outbox.Messages, m => m.Subject.EndsWith(receipt.ReceiptCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_holder_of_the_submit_key_can_submit_or_learn_the_receipt_code()
    {
        var pdf = TestFiles.Pdf();
        var id = await UploadedAsync(pdf, "so-noi-vu");

        var (forged, problem) = await SubmitRefused(id, submitKey: "AAAAAAAAAAAAAAAAAAAAAA");
        var (missing, _) = await SubmitRaw(id, submitKey: "");

        Assert.Equal(404, forged);
        Assert.Equal(404, missing);
        Assert.Equal("Không tìm thấy bài dự thi", problem.Title);
        Assert.Equal(EntryStatus.Pending, (await _store.FindAsync(id, CancellationToken.None))!.Entry.Status);

        var (status, receipt) = await Submit(id);
        var (again, refused) = await SubmitRaw(id, submitKey: "AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(200, status);
        Assert.Equal(404, again);
        Assert.DoesNotContain(receipt.ReceiptCode, refused.ToJsonString());
    }

    [Fact]
    public async Task A_submit_without_a_key_over_HTTP_is_answered_as_a_missing_entry()
    {
        var pdf = TestFiles.Pdf();
        var id = await UploadedAsync(pdf, "so-noi-vu");

        var response = await stack.Http.PostAsJsonAsync($"/api/entries/{id}/submit", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
