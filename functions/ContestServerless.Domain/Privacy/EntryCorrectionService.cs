using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant changes the entry until submission closes (through <see cref="EntrantAccess"/>): corrects the author's,
/// co-authors', guardian's and subject's details or replaces the file. The entry form's own rules check the change,
/// the state before it is kept as a version, and every change is audited.
/// </summary>
public sealed class EntryCorrectionService(
    EntrantAccess access,
    ContestOptions contest,
    PrivacyOptions privacy,
    IPrivacyStore store,
    IEntryFiles files,
    IAuditLog audit)
{
    private readonly EntryValidator _validator = new(contest, privacy);

    public Task<Result<EntrantRecord>> CorrectAsync(string id, string? code, CorrectionRequest request, PublicCaller caller, CancellationToken cancellationToken) =>
        access.ChangeAsync(id, code, caller, async stored =>
        {
            var entry = stored.Entry;
            var now = access.Now;
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
            if (!await store.SaveChangeAsync(entry, previous, stored.Version, cancellationToken)) return false;
            await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.EntryCorrected, entry.Id, $"Phiên bản {entry.Revision}", cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Step 1 of replacing the file: a link that can create the new file's blob only, as submission's.</summary>
    public async Task<Result<FileReplacementTicket>> StartFileReplacementAsync(string id, string? code, FileRequest file, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await access.AuthenticateAsync(id, code, caller, access.ChangeProblem, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var entry = found.Value!.Entry;
        if (FileProblem(entry, file, out var valid) is { } invalid) return invalid;

        var expiresAt = access.Now + contest.EntryRules.UploadWindow;
        var link = await files.CreateUploadLinkAsync(ReplacementBlob(entry, valid), expiresAt, cancellationToken);
        return new FileReplacementTicket(link, expiresAt);
    }

    /// <summary>Step 2: the uploaded file is checked where it lies, as at submission, then replaces the old one, which is deleted.</summary>
    public async Task<Result<EntrantRecord>> FinishFileReplacementAsync(string id, string? code, FileRequest file, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await access.AuthenticateAsync(id, code, caller, access.UploadProblem, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var stored = found.Value!;
        var entry = stored.Entry;
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
        var previous = VersionOf(entry, "file", access.Now);
        entry.ReplaceFile(valid, blobName, inspection, contentMd5);
        if (!await store.SaveChangeAsync(entry, previous, stored.Version, cancellationToken))
            return Problem.Unavailable();
        // The entry points at the new file now; the old one is nobody's any more.
        await files.DiscardUploadAsync(oldBlob, cancellationToken);
        await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.EntryFileReplaced, entry.Id, $"Phiên bản {entry.Revision}: {valid.Name}", cancellationToken);
        return await access.RecordOfAsync(entry, cancellationToken);
    }

    private Problem? FileProblem(Entry entry, FileRequest file, out EntryFile valid)
    {
        var request = AsRequest(entry, new CorrectionRequest(null, null)) with { File = file };
        var checkedFile = _validator.Validate(request, unitExists: true, access.Now);
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
}

/// <summary>
/// The entrant's corrected details, as typed: the author (the group's leader), the subject, every other member of a
/// group (in their stored order; a correction neither adds nor removes members) and, for a minor, the guardian.
/// A part left out stays as stored.
/// </summary>
public sealed record CorrectionRequest(AuthorRequest? Author, SubjectRequest? Subject, GuardianRequest? Guardian = null,
    List<CoAuthorRequest?>? CoAuthors = null);

/// <summary>A one-file upload link (valet key) for the entry's new file, as submission hands out.</summary>
public sealed record FileReplacementTicket(Uri UploadUrl, DateTimeOffset ExpiresAt);

/// <summary>
/// An entry's state before one of its entrant's changes (<see cref="Change"/>: "correction", "file"), kept in the
/// unit's partition beside the entry so organizers can see what changed, and deleted with the entry's personal data.
/// Versions stored before co-authors and guardians were kept have neither (null).
/// </summary>
public sealed record EntryVersion(string EntryId, int Number, string Change, DateTimeOffset ChangedAt, Author Author, Subject Subject,
    EntryFile File, string? ContentMd5, IReadOnlyList<CoAuthor>? CoAuthors = null, Guardian? Guardian = null);
