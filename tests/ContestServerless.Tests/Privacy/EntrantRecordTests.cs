using Azure.Storage.Blobs;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Privacy;

namespace ContestServerless.Tests.Privacy;

/// <summary>The entrant's own page over HTTP: see, correct, replace the file, withdraw, download, with the receipt code.</summary>
[Collection(StackCollection.Name)]
public sealed class EntrantRecordTests(ContestStack stack)
{
    private readonly BlobContainerClient _files = new BlobServiceClient(stack.Azurite.ConnectionString).GetBlobContainerClient("entries");
    private IEntryStore Store => stack.Services.GetRequiredService<IEntryStore>();

    private async Task<string> UnitAsync(string id) => await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), id);

    [Fact]
    public async Task The_entrant_sees_everything_stored_with_the_consent_but_never_the_submit_key()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var response = await entrant.GetAsync();
        var record = await response.ReadAs<EntrantRecordView>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0912 345 678", record.Author.Phone);
        Assert.Equal("Lâm Văn Tư", record.Subject.Name);
        Assert.Equal("2026-01", record.Consent!.NoticeVersion);
        Assert.True(record.CanChange);
        Assert.DoesNotContain("submitKey", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_code_answers_not_found_and_changes_nothing()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var wrong = entrant.WithCode("AAAA-BBBB");

        var read = await wrong.GetAsync();
        var corrected = await wrong.CorrectAsync(EntrantClient.Correction());
        var withdrawn = await wrong.WithdrawAsync();

        Assert.All(new[] { read, corrected, withdrawn }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("Không tìm thấy bài dự thi", (await withdrawn.ReadProblem()).Title);
        var stored = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Received, stored.Status);
        Assert.Equal("0912 345 678", stored.Author.Phone);
    }

    [Fact]
    public async Task A_correction_keeps_the_old_details_as_a_version_and_is_audited_without_counting_twice()
    {
        var unit = await UnitAsync("privacy-correct");
        var entrant = await EntrantClient.EnterAsync(stack, unit);

        var response = await entrant.CorrectAsync(EntrantClient.Correction(phone: "0987 654 321", subjectName: "Ông Lâm Văn Tư"));

        var record = await response.ReadAs<EntrantRecordView>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, record.Revision);
        Assert.Equal("0987 654 321", record.Author.Phone);
        var version = Assert.Single(record.Versions);
        Assert.Equal(("correction", "0912 345 678", "Lâm Văn Tư"), (version.Change, version.Author.Phone, version.Subject.Name));
        Assert.Equal(1, (await Store.GetTallyAsync(unit, CancellationToken.None)).ReceivedEntries);
        var audit = await (await stack.SignInAsOrganizerAsync()).GetStringAsync("/api/organizer/audit");
        Assert.Contains(AuditAction.EntryCorrected, audit);
    }

    [Fact]
    public async Task A_malformed_correction_is_a_Vietnamese_problem_and_nothing_changes()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var response = await entrant.CorrectAsync(EntrantClient.Correction(phone: "12"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Số điện thoại không hợp lệ", (await response.ReadProblem()).Errors["author.phone"].Single());
        Assert.Equal(0, (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry.Revision);
    }

    [Fact]
    public async Task The_file_is_replaced_through_an_upload_link_and_checked_as_at_submission()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var oldBlob = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry.BlobName;
        var docx = TestFiles.Docx();
        var file = new { name = "ban-sua.docx", size = docx.Length, contentType = "" };

        var ticket = await (await entrant.PostAsync("/personal-data/file", file)).ReadAs<FileReplacementView>();
        (await Entrant.UploadAsync(new Uri(ticket.UploadUrl), docx)).EnsureSuccessStatusCode();
        var confirmed = await entrant.PostAsync("/personal-data/file/confirm", file);

        var record = await confirmed.ReadAs<EntrantRecordView>();
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("ban-sua.docx", record.FileName);
        Assert.Equal("file", Assert.Single(record.Versions).Change);
        Assert.False((await _files.GetBlobClient(oldBlob).ExistsAsync()).Value, "the replaced file is deleted");
        var stored = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.True((await _files.GetBlobClient(stored.BlobName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_replacement_that_is_not_what_it_claims_is_refused_and_the_old_file_stays()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var fake = "not a pdf at all"u8.ToArray();
        var file = new { name = "gia.pdf", size = fake.Length, contentType = "" };

        var ticket = await (await entrant.PostAsync("/personal-data/file", file)).ReadAs<FileReplacementView>();
        (await Entrant.UploadAsync(new Uri(ticket.UploadUrl), fake)).EnsureSuccessStatusCode();
        var confirmed = await entrant.PostAsync("/personal-data/file/confirm", file);

        Assert.Equal(HttpStatusCode.BadRequest, confirmed.StatusCode);
        var stored = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal("bai-du-thi.pdf", stored.File.Name);
        Assert.True((await _files.GetBlobClient(stored.BlobName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Withdrawing_leaves_the_tally_and_the_lists_deletes_the_file_and_keeps_a_tombstone()
    {
        var unit = await UnitAsync("privacy-withdraw");
        var entrant = await EntrantClient.EnterAsync(stack, unit);
        var kept = await EntrantClient.EnterAsync(stack, unit, "Bài ở lại");
        var blob = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry.BlobName;
        Assert.Equal(2, (await Store.GetTallyAsync(unit, CancellationToken.None)).ReceivedEntries);

        var response = await entrant.WithdrawAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("withdrawn", (await response.ReadAs<EntrantRecordView>()).Status);
        var tally = await Store.GetTallyAsync(unit, CancellationToken.None);
        Assert.Equal(1, tally.ReceivedEntries);
        Assert.Equal(1, tally.ByMovement.Values.Sum());
        await stack.CatalogueCaughtUpAsync();
        var organizer = await stack.SignInAsOrganizerAsync();
        var list = await (await organizer.GetAsync($"/api/organizer/entries?unit={unit}")).ReadAs<EntryPageView>();
        Assert.Equal([kept.Id], list.Entries.Select(e => e.Id));
        var all = await (await organizer.GetAsync($"/api/organizer/entries?unit={unit}&status=all")).ReadAs<EntryPageView>();
        Assert.Equal([kept.Id], all.Entries.Select(e => e.Id));
        Assert.False((await _files.GetBlobClient(blob).ExistsAsync()).Value, "the withdrawn entry's file is deleted");
        var tombstone = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal((EntryStatus.Withdrawn, ""), (tombstone.Status, tombstone.Author.FullName));
        Assert.Equal("Người thầy giữa rừng đước", tombstone.Title);
    }

    [Fact]
    public async Task Withdrawing_clears_the_subjects_name_address_and_summary_a_third_persons_data()
    {
        var entrant = await EntrantClient.EnterAsync(stack, await UnitAsync("privacy-withdraw-subject"));

        var response = await entrant.WithdrawAsync();

        var record = await response.ReadAs<EntrantRecordView>();
        Assert.Equal(("", "", ""), (record.Subject.Name, record.Subject.Address, record.Subject.Summary));
        var tombstone = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal(new Subject("", "", ""), tombstone.Subject);
        Assert.Equal("Người thầy giữa rừng đước", tombstone.Title);
    }

    [Fact]
    public async Task A_second_withdrawal_is_a_Vietnamese_problem_and_counts_nothing()
    {
        var unit = await UnitAsync("privacy-twice");
        var entrant = await EntrantClient.EnterAsync(stack, unit);
        await entrant.WithdrawAsync();

        var again = await entrant.WithdrawAsync();

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Bài dự thi đã được rút", (await again.ReadProblem()).Title);
        Assert.Equal(0, (await Store.GetTallyAsync(unit, CancellationToken.None)).ReceivedEntries);
    }

    [Fact]
    public async Task The_entrant_downloads_the_data_as_a_JSON_file()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var response = await entrant.GetAsync("/personal-data/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(entrant.Id, (await response.ReadAs<EntrantRecordView>()).Id);
    }

    [Fact]
    public async Task After_closing_a_correction_is_refused_and_nothing_changes()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var afterClosing = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(31));
        var access = ActivatorUtilities.CreateInstance<EntrantAccess>(stack.Services, afterClosing);
        var service = ActivatorUtilities.CreateInstance<EntrantDataService>(stack.Services, access);
        var corrections = ActivatorUtilities.CreateInstance<EntryCorrectionService>(stack.Services, access);
        var correction = new CorrectionRequest(new AuthorRequest("Nguyễn Thị Lan", 1985, "Giáo viên", "", "Sóc Trăng", "0987 654 321", ""), null);

        var result = await corrections.CorrectAsync(entrant.Id, entrant.Code, correction, new PublicCaller("127.0.0.1"), CancellationToken.None);
        var withdrawal = await service.WithdrawAsync(entrant.Id, entrant.Code, new PublicCaller("127.0.0.1"), CancellationToken.None);

        Assert.Equal("Cuộc thi đã hết hạn nhận bài", result.Problem!.Title);
        Assert.Equal("Cuộc thi đã hết hạn nhận bài", withdrawal.Problem!.Title);
        var stored = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal((EntryStatus.Received, "0912 345 678"), (stored.Status, stored.Author.Phone));
    }
}
