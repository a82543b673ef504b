using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// The public submission flow: create a pending entry and hand out a one-file upload link (valet key);
/// once uploaded, verify the file and record the entry as received, counted once for its unit. The receipt
/// e-mail is recorded as owed with the entry and sent in the background (<see cref="ReceiptMailService"/>), so
/// submit answers as soon as the entry is saved and a mail service outage loses no receipt.
/// </summary>
public sealed class EntryService(
    ContestOptions contest,
    LateLinks lateLinks,
    IUnitRegister units,
    IEntryStore store,
    IEntryFiles files,
    IReceiptMailQueue receiptMails,
    AbuseGuard guard,
    EligibilityService eligibility,
    TimeProvider clock,
    Privacy.PrivacyOptions? privacy = null)
{
    private const int MaxSaveAttempts = 10;
    private readonly EntryValidator _validator = new(contest, privacy);

    /// <summary>A public create: also needs the caller's proof of work and stays within the limits.</summary>
    public Task<Result<UploadTicket>> CreateAsync(EntryRequest request, PublicCaller caller, CancellationToken cancellationToken) =>
        CreateAsync(request, handedInBy: null, caller, lateToken: null, cancellationToken);

    /// <summary>
    /// A public create that may carry a late-entry link (<paramref name="lateToken"/>): after closing, the link lets in
    /// an entry for its unit or by its person until it expires, and the entry is marked late.
    /// </summary>
    public Task<Result<UploadTicket>> CreateAsync(EntryRequest request, PublicCaller caller, string? lateToken, CancellationToken cancellationToken) =>
        CreateAsync(request, handedInBy: null, caller, lateToken, cancellationToken);

    /// <summary>
    /// A focal point hands in an entry the unit collected on paper or by e-mail, for the unit or one of its
    /// sub-units; the same rules and checks as the public form apply, except that the focal point declares the
    /// author's signed paper form and consent received (and who keeps them) instead of ticking the author's boxes.
    /// </summary>
    public Task<Result<UploadTicket>> HandInAsync(UnitScope scope, EntryRequest request, CancellationToken cancellationToken) =>
        scope.Covers(Text.Clean(request.UnitId))
            ? CreateAsync(request, scope.Unit, caller: null, lateToken: null, cancellationToken)
            : Task.FromResult<Result<UploadTicket>>(Problem.InvalidField("unitId", "Chỉ nộp được bài cho đơn vị mình hoặc đơn vị trực thuộc."));

    private async Task<Result<UploadTicket>> CreateAsync(
        EntryRequest request, Unit? handedInBy, PublicCaller? caller, string? lateToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        LatePass? late = null;
        if (ClosedProblem(now) is { } closed)
        {
            // A late-entry link opens the form after closing only; before opening nothing does.
            if (contest.SubmissionWindowAt(now) != SubmissionWindow.Closed || string.IsNullOrWhiteSpace(lateToken)) return closed;
            var pass = lateLinks.Read(lateToken, now);
            if (pass.Problem is { } invalidLink) return invalidLink;
            late = pass.Value!;
        }

        var unitId = Text.Clean(request.UnitId);
        // The unit and the staff list (for the eligibility flag) are read at once: two requests, one wait.
        var people = eligibility.PeopleAsync(cancellationToken);
        var unit = unitId.Length > 0 ? units.FindAsync(unitId, cancellationToken) : Task.FromResult<Unit?>(null);
        await Task.WhenAll(people, unit);
        var unitExists = await unit is { Active: true };
        var validation = _validator.Validate(request, unitExists, now, handedInBy?.Name);
        if (validation.Problem is { } invalid) return invalid;
        var valid = validation.Value!;
        if (late is not null && LateProblem(late, valid) is { } outside) return outside;
        // Checked after the form is valid, so fixing a typo costs no proof of work and counts against no limit.
        if (caller is not null && await guard.CheckCreateAsync(caller, valid.Author.Email, cancellationToken) is { } refused) return refused;

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var id = Codes.NewEntryId();
            var entry = new Entry
            {
                Id = id,
                UnitId = valid.UnitId,
                Title = valid.Title,
                MovementId = valid.MovementId,
                Author = valid.Author,
                CoAuthors = valid.CoAuthors,
                Subject = valid.Subject,
                File = valid.File,
                BlobName = $"{valid.UnitId}/{id}{valid.File.Extension}",
                ReceiptCode = Codes.NewReceiptCode(),
                SubmitKey = Codes.NewSubmitKey(valid.UnitId),
                CreatedAt = now,
                HandedInBy = handedInBy?.Id,
                LateUntil = late?.ExpiresAt,
                Consent = valid.Consent,
                Guardian = valid.Guardian,
            };
            // Flagged, never refused: a namesake of a judge may enter, and organizers decide.
            EligibilityService.Flag(entry, await people);
            if (!await store.AddAsync(entry, cancellationToken)) continue;

            var expiresAt = now + contest.EntryRules.UploadWindow;
            var link = await files.CreateUploadLinkAsync(entry.BlobName, expiresAt, cancellationToken);
            return new UploadTicket(id, link, expiresAt, entry.SubmitKey);
        }
        throw new InvalidOperationException("Could not find a free entry id in three attempts.");
    }

    /// <summary>
    /// Verifies the uploaded file and records the entry. Safe to call again: it answers the same receipt. Only the
    /// holder of the entry's submit key may: without it the entry answers as missing, so knowing an entry id (as
    /// organizers, units and receipts do) never yields its receipt code.
    /// </summary>
    public async Task<Result<Receipt>> SubmitAsync(string id, string? submitKey, CancellationToken cancellationToken)
    {
        // The key names the entry's unit, so the entry is one point read away (see Codes.NewSubmitKey(string)).
        if (await store.FindBySubmitKeyAsync(id, submitKey, cancellationToken) is not { } stored) return EntryIdNotFound();
        var entry = stored.Entry;
        if (entry.IsReceived) return ReceiptOf(entry);

        var now = clock.GetUtcNow();
        // An entry created just before closing (or before its late-entry link expired) may still finish its upload
        // within the upload window.
        var closes = entry.LateUntil is { } lateUntil && lateUntil > contest.SubmissionClosesAt ? lateUntil : contest.SubmissionClosesAt;
        if (now >= closes + contest.EntryRules.UploadWindow) return ClosedProblem(now)!;

        // The file is checked where it will stay (no copy), reading only the parts the checks need.
        FileInspection inspection;
        string? contentMd5;
        await using (var upload = await files.OpenUploadAsync(entry.BlobName, cancellationToken))
        {
            if (upload is null)
                return Problem.InvalidField("file", "Chưa nhận được tệp bài dự thi. Vui lòng tải tệp lên rồi gửi lại.");
            inspection = await InspectAsync(entry, upload, cancellationToken);
            contentMd5 = upload.ContentMd5;
        }
        if (!inspection.Accepted)
        {
            await files.DiscardUploadAsync(entry.BlobName, cancellationToken);
            entry.RejectFile(inspection.Reason!);
            await store.SaveAsync(entry, stored.Version, cancellationToken);
            return Problem.InvalidField("file", inspection.Reason!);
        }

        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            entry.Receive(now, inspection, contentMd5);
            if (await store.SaveReceivedAsync(entry, stored.Version, cancellationToken))
            {
                if (entry.OwesReceiptEmail) await receiptMails.EnqueueAsync(entry.Id, cancellationToken);
                return ReceiptOf(entry);
            }

            // Another submit of this entry, or of another entry of the same unit, got there first: wait a little,
            // jittered, so the writers that collided spread out, then read again.
            await Contention.BackOffAsync(attempt, cancellationToken);
            stored = await store.FindAsync(entry.UnitId, entry.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Entry {entry.Id} disappeared while being received.");
            entry = stored.Entry;
            if (entry.IsReceived) return ReceiptOf(entry);
        }
        // Only contention gets here (every attempt lost to another writer of the unit): nothing is wrong with the
        // entry, whose file is kept; the entrant sends it again and the next attempt counts it once.
        return Problem.Unavailable();
    }

    /// <summary>The entrant's view; any mismatch answers the same "not found", so guesses learn nothing.</summary>
    public async Task<Result<EntryView>> LookupAsync(string id, string? receiptCode, PublicCaller caller, CancellationToken cancellationToken)
    {
        if (await guard.CheckLookupAsync(caller, cancellationToken) is { } slowDown) return slowDown;
        if (await store.FindByReceiptAsync(id, receiptCode, cancellationToken) is not { } stored)
        {
            await guard.RecordWrongCodeAsync(caller, cancellationToken);
            return Problem.EntryNotFound();
        }

        var entry = stored.Entry;
        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        // Whoever holds the receipt code is the author (or the unit that handed the entry in): it may see its own
        // name on the receipt. The file's fingerprint stays with the organizers; it means nothing to a citizen.
        return new EntryView(entry.Id, entry.Title, entry.Author.FullName, entry.UnitId, unit?.Name ?? entry.UnitId,
            entry.MovementId, contest.FindMovement(entry.MovementId)?.Name ?? entry.MovementId, entry.Status,
            entry.ReceivedAt, entry.File.Name, entry.File.Size)
        {
            CoAuthorNames = [.. entry.CoAuthors.Select(c => c.FullName)],
        };
    }

    private async Task<FileInspection> InspectAsync(Entry entry, UploadedFile upload, CancellationToken cancellationToken)
    {
        var size = upload.Size;
        if (size > contest.EntryRules.MaxFileBytes)
            return FileInspection.Rejected(
                $"Tệp lớn hơn dung lượng cho phép ({contest.EntryRules.MaxFileBytes / (1024 * 1024)} MB).");
        if (size != entry.File.Size)
            return FileInspection.Rejected(
                $"Dung lượng tệp đã tải lên ({size} byte) khác với dung lượng đã khai báo ({entry.File.Size} byte).");

        return await FileInspector.InspectAsync(upload.Content, entry.File.Extension, contest.EntryRules.Docx, cancellationToken);
    }

    private Problem? ClosedProblem(DateTimeOffset now) => contest.SubmissionWindowAt(now) switch
    {
        SubmissionWindow.NotYetOpen => new Problem(ProblemKind.Closed, "Cuộc thi chưa mở nhận bài",
            $"Cuộc thi bắt đầu nhận bài dự thi từ {VietnamTime.DateTime(contest.SubmissionOpensAt)}."),
        SubmissionWindow.Closed => new Problem(ProblemKind.Closed, "Cuộc thi đã hết hạn nhận bài",
            $"Hạn cuối nhận bài dự thi là {VietnamTime.DateTime(contest.SubmissionClosesAt)}."),
        _ => null,
    };

    /// <summary>A unit's link lets in that unit's entries only; a person's, entries whose author bears that name.</summary>
    private static Problem? LateProblem(LatePass late, ValidEntry valid) =>
        late.UnitId is { } unitId && unitId != valid.UnitId
            ? Problem.InvalidField("unitId", "Đường dẫn nộp muộn này chỉ dùng để gửi bài cho đơn vị Ban Tổ chức đã cấp đường dẫn.")
            : late.PersonName is { } name && !LateLinks.SameName(name, valid.Author.FullName)
                ? Problem.InvalidField("author.fullName", $"Đường dẫn nộp muộn này chỉ dùng cho tác giả {name}; họ và tên tác giả phải đúng như vậy.")
                : null;

    private static Receipt ReceiptOf(Entry entry) =>
        new(entry.Id, entry.ReceiptCode, entry.Status, entry.ReceivedAt!.Value);

    private static Problem EntryIdNotFound() =>
        new(ProblemKind.NotFound, "Không tìm thấy bài dự thi", "Không có bài dự thi nào với mã này.");
}
