using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant's own page (Law 91/2025/QH15): with the entry id and the receipt code (the lookup's secret, checked
/// and rate-limited the same way) the entrant sees everything stored, corrects details and replaces the file until
/// submission closes, withdraws, downloads the data, and after closing files erasure or correction requests.
/// Every change is audited; a wrong code changes nothing and answers "not found".
/// </summary>
public sealed class EntrantDataService(
    ContestOptions contest,
    PrivacyOptions privacy,
    IUnitRegister units,
    IEntryStore entries,
    IPrivacyStore store,
    IEntryFiles files,
    Judging.OutOfPlay outOfPlay,
    AbuseGuard guard,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int MaxSaveAttempts = 10;
    public const int MaxRequestDetailsLength = 2000;
    private readonly EntryValidator _validator = new(contest, privacy);

    public async Task<Result<EntrantRecord>> OpenAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        return await RecordOfAsync(found.Value!.Entry, cancellationToken);
    }

    /// <summary>The same record, for the entrant to download as JSON; audited, as any download of personal data is.</summary>
    public async Task<Result<EntrantRecord>> ExportAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        var record = await OpenAsync(id, code, caller, cancellationToken);
        if (record.Value is { } value)
            await audit.RecordAsync(PrivacyAudit.Entrant(value.Entry.Id), AuditAction.EntrantDataDownloaded, value.Entry.Id, value.Entry.Title, cancellationToken);
        return record;
    }

    public async Task<Result<EntrantRecord>> CorrectAsync(string id, string? code, CorrectionRequest request, PublicCaller caller, CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            var stored = found.Value!;
            var entry = stored.Entry;
            if (ChangeProblem(entry) is { } refused) return refused;

            var now = clock.GetUtcNow();
            if (request.CoAuthors is { } members && members.Count != entry.CoAuthors.Count)
                return Problem.InvalidField("coAuthors", entry.CoAuthors.Count == 0
                    ? "Bài dự thi của một tác giả; khi sửa thông tin không thể thêm đồng tác giả."
                    : $"Nhóm tác giả có {entry.CoAuthors.Count} đồng tác giả; khi sửa thông tin chỉ sửa được thông tin của từng người, không thêm hoặc bớt người.");
            var checkedEntry = _validator.Validate(AsRequest(entry, request), unitExists: true, now);
            if (checkedEntry.Problem is { } invalid) return invalid;
            var valid = checkedEntry.Value!;
            // The guardian's consent stands as given and dated at submission; a correction fixes how they are recorded.
            var guardian = valid.Guardian is { } corrected && entry.Guardian is { } onRecord ? corrected with { ConsentedAt = onRecord.ConsentedAt } : valid.Guardian;
            if (valid.Author == entry.Author && valid.Subject == entry.Subject && valid.CoAuthors.SequenceEqual(entry.CoAuthors) && guardian == entry.Guardian)
                return Problem.InvalidField("author.fullName", "Thông tin không thay đổi so với thông tin đã lưu.");

            var previous = VersionOf(entry, "correction", now);
            entry.Correct(valid.Author, valid.Subject, valid.CoAuthors, guardian);
            if (await store.SaveChangeAsync(entry, previous, stored.Version, cancellationToken))
            {
                await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.EntryCorrected, entry.Id,
                    $"Phiên bản {entry.Revision}", cancellationToken);
                return await RecordOfAsync(entry, cancellationToken);
            }
            await Contention.BackOffAsync(attempt, cancellationToken);
            found = await ReloadAsync(entry.Id, cancellationToken);
        }
        return Problem.Unavailable();
    }

    /// <summary>Step 1 of replacing the file: a link that can create the new file's blob only, as submission's.</summary>
    public async Task<Result<FileReplacementTicket>> StartFileReplacementAsync(string id, string? code, FileRequest file, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var entry = found.Value!.Entry;
        if (ChangeProblem(entry) is { } refused) return refused;
        if (FileProblem(entry, file, out var valid) is { } invalid) return invalid;

        var expiresAt = clock.GetUtcNow() + contest.EntryRules.UploadWindow;
        var link = await files.CreateUploadLinkAsync(ReplacementBlob(entry, valid), expiresAt, cancellationToken);
        return new FileReplacementTicket(link, expiresAt);
    }

    /// <summary>Step 2: the uploaded file is checked where it lies, as at submission, then replaces the old one, which is deleted.</summary>
    public async Task<Result<EntrantRecord>> FinishFileReplacementAsync(string id, string? code, FileRequest file, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var stored = found.Value!;
        var entry = stored.Entry;
        // An upload begun before closing may finish within the upload window, as a submission may.
        if (entry.Status == EntryStatus.Withdrawn) return WithdrawnProblem();
        if (clock.GetUtcNow() >= contest.SubmissionClosesAt + contest.EntryRules.UploadWindow) return ClosedProblem();
        if (FileProblem(entry, file, out var valid) is { } invalid) return invalid;

        var blobName = ReplacementBlob(entry, valid);
        FileInspection inspection;
        string? contentMd5;
        await using (var upload = await files.OpenUploadAsync(blobName, cancellationToken))
        {
            if (upload is null) return Problem.InvalidField("file", "Chưa nhận được tệp mới. Vui lòng tải tệp lên rồi gửi lại.");
            inspection = upload.Size != valid.Size
                ? FileInspection.Rejected($"Dung lượng tệp đã tải lên ({upload.Size} byte) khác với dung lượng đã khai báo ({valid.Size} byte).")
                : await FileInspector.InspectAsync(upload.Content, valid.Extension, contest.EntryRules.Docx, cancellationToken);
            contentMd5 = upload.ContentMd5;
        }
        if (!inspection.Accepted)
        {
            await files.DiscardUploadAsync(blobName, cancellationToken);
            return Problem.InvalidField("file", inspection.Reason!);
        }

        var oldBlob = entry.BlobName;
        var previous = VersionOf(entry, "file", clock.GetUtcNow());
        entry.ReplaceFile(valid, blobName, inspection, contentMd5);
        if (!await store.SaveChangeAsync(entry, previous, stored.Version, cancellationToken))
            return Problem.Unavailable();
        // The entry points at the new file now; the old one is nobody's any more.
        await files.DiscardUploadAsync(oldBlob, cancellationToken);
        await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.EntryFileReplaced, entry.Id, $"Phiên bản {entry.Revision}: {valid.Name}", cancellationToken);
        return await RecordOfAsync(entry, cancellationToken);
    }

    /// <summary>
    /// Withdraws the entry: it leaves play, so its unit's tally in the same transaction and every judging round at
    /// once (off judges' lists, its judges' copy deleted); lists and downloads no longer see it; its file and earlier
    /// versions are deleted and the author's details cleared, leaving a tombstone row for the audit.
    /// </summary>
    public async Task<Result<EntrantRecord>> WithdrawAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            var stored = found.Value!;
            var entry = stored.Entry;
            if (ChangeProblem(entry) is { } refused) return refused;

            var now = clock.GetUtcNow();
            entry.Withdraw(now);
            entry.Deidentify(now);
            if (await store.SaveAsync(entry, stored.Version, cancellationToken))
            {
                await outOfPlay.FollowAsync(entry, cancellationToken);
                await files.DiscardUploadAsync(entry.BlobName, cancellationToken);
                await store.DeleteVersionsAsync(entry.UnitId, entry.Id, cancellationToken);
                await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.EntryWithdrawn, entry.Id, entry.Title, cancellationToken);
                return await RecordOfAsync(entry, cancellationToken);
            }
            await Contention.BackOffAsync(attempt, cancellationToken);
            found = await ReloadAsync(entry.Id, cancellationToken);
        }
        return Problem.Unavailable();
    }

    /// <summary>After closing, the entrant asks the organizers to erase or correct their data; before, they do it themselves.</summary>
    public async Task<Result<PrivacyRequest>> FileRequestAsync(string id, string? code, PrivacyRequestForm form, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var entry = found.Value!.Entry;
        if (entry.Status == EntryStatus.Withdrawn) return WithdrawnProblem();
        if (contest.SubmissionWindowAt(clock.GetUtcNow()) != SubmissionWindow.Closed)
            return new Problem(ProblemKind.Conflict, "Bạn có thể tự sửa hoặc rút bài",
                "Khi cuộc thi còn nhận bài, bạn tự sửa thông tin, thay tệp hoặc rút bài ngay trên trang này.");

        var errors = new Dictionary<string, string[]>();
        PrivacyRequestKind? kind = Text.Clean(form.Kind) switch
        {
            "erasure" => PrivacyRequestKind.Erasure,
            "correction" => PrivacyRequestKind.Correction,
            _ => null,
        };
        if (kind is null) errors["kind"] = ["Vui lòng chọn loại yêu cầu: xóa hoặc chỉnh sửa dữ liệu."];
        var details = new FreeText("nội dung yêu cầu", MaxRequestDetailsLength, LineBreaks: true, Missing: "Vui lòng cho biết nội dung yêu cầu.")
            .Read("details", form.Details, errors);
        if (errors.Count > 0) return Problem.Invalid(errors);

        var request = new PrivacyRequest(Codes.NewEntryId(), entry.Id, entry.UnitId, kind!.Value, details, clock.GetUtcNow());
        await store.AddRequestAsync(request, cancellationToken);
        await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.PrivacyRequestFiled, entry.Id, request.Kind.ToString(), cancellationToken);
        return request;
    }

    private async Task<Result<StoredEntry>> AuthenticateAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        if (await guard.CheckLookupAsync(caller, cancellationToken) is { } slowDown) return slowDown;
        var stored = await entries.FindByReceiptAsync(id, code, cancellationToken);
        if (stored is null || stored.Entry.Status == EntryStatus.Pending)
        {
            await guard.RecordWrongCodeAsync(caller, cancellationToken);
            return Problem.EntryNotFound();
        }
        return stored;
    }

    private async Task<Result<StoredEntry>> ReloadAsync(string id, CancellationToken cancellationToken) =>
        await entries.FindAsync(id, cancellationToken) is { } stored ? stored : Problem.EntryNotFound();

    private Problem? ChangeProblem(Entry entry) =>
        entry.Status == EntryStatus.Withdrawn ? WithdrawnProblem()
            : contest.SubmissionWindowAt(clock.GetUtcNow()) == SubmissionWindow.Closed ? ClosedProblem()
            : null;

    private Problem ClosedProblem() => new(ProblemKind.Closed, "Cuộc thi đã hết hạn nhận bài",
        $"Từ {VietnamTime.DateTime(contest.SubmissionClosesAt)} không thể tự sửa, thay tệp hay rút bài nữa. " +
        "Bạn có thể gửi yêu cầu xóa hoặc chỉnh sửa dữ liệu để Ban Tổ chức xem xét.");

    private static Problem WithdrawnProblem() => new(ProblemKind.Conflict, "Bài dự thi đã được rút",
        "Bài dự thi này đã được rút trước đó; thông tin và tệp bài viết đã bị xóa, không thể thay đổi thêm.");

    private Problem? FileProblem(Entry entry, FileRequest file, out EntryFile valid)
    {
        var request = AsRequest(entry, new CorrectionRequest(null, null)) with { File = file };
        var checkedFile = _validator.Validate(request, unitExists: true, clock.GetUtcNow());
        valid = checkedFile.Value?.File ?? entry.File;
        return checkedFile.Problem;
    }

    /// <summary>A new name per revision: the upload link may create a blob but never overwrite one.</summary>
    private static string ReplacementBlob(Entry entry, EntryFile file) => $"{entry.UnitId}/{entry.Id}-v{entry.Revision + 1}{file.Extension}";

    /// <summary>The stored entry as a form, with the corrections in it, so the entry form's own rules check them.</summary>
    private static EntryRequest AsRequest(Entry entry, CorrectionRequest correction)
    {
        var a = entry.Author;
        var s = entry.Subject;
        var g = entry.Guardian;
        return new EntryRequest(entry.Title, entry.MovementId, entry.UnitId,
            correction.Author ?? new AuthorRequest(a.FullName, a.BirthYear, a.Occupation, a.Workplace, a.Address, a.Phone, a.Email),
            correction.Subject ?? new SubjectRequest(s.Name, s.Address, s.Summary),
            new FileRequest(entry.File.Name, entry.File.Size, entry.File.ContentType),
            Declaration: true,
            correction.CoAuthors ?? [.. entry.CoAuthors.Select(c => (CoAuthorRequest?)new CoAuthorRequest(c.FullName, c.BirthYear, c.Workplace, c.Phone, c.Email))],
            Consent: true,
            // A guardian on record has consented: correcting their details leaves the consent as it was.
            correction.Guardian is { } corrected ? corrected with { Consent = corrected.Consent ?? g is not null }
                : g is null ? null : new GuardianRequest(g.FullName, g.Relationship, g.Phone, true));
    }

    private static EntryVersion VersionOf(Entry entry, string change, DateTimeOffset at) =>
        new(entry.Id, entry.Revision, change, at, entry.Author, entry.Subject, entry.File, entry.ContentMd5, entry.CoAuthors, entry.Guardian);

    private async Task<EntrantRecord> RecordOfAsync(Entry entry, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        var versions = await store.ListVersionsAsync(entry.UnitId, entry.Id, cancellationToken);
        var requests = await store.ListRequestsAsync(entry.Id, cancellationToken);
        return new EntrantRecord(entry, unit?.Name ?? entry.UnitId, contest.FindMovement(entry.MovementId)?.Name ?? entry.MovementId,
            versions, requests, ChangeProblem(entry) is null, contest.SubmissionClosesAt);
    }
}
