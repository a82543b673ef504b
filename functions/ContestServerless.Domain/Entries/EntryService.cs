using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// The public submission flow: create a pending entry and hand out a one-file upload link (valet key);
/// once uploaded, verify the file and record the entry as received, counted once for its unit. The receipt
/// e-mail is recorded as owed with the entry and sent in the background (<see cref="ReceiptMailService"/>), so
/// submit answers as soon as the entry is saved and a mail service outage loses no receipt. What may enter is
/// <see cref="EntryAdmission"/>'s to say; this flow keeps the clock and the storage.
/// </summary>
public sealed class EntryService(
    EntryAdmission admission,
    EntryLookup lookup,
    IEntryStore store,
    IEntryFiles files,
    IReceiptMailQueue receiptMails,
    TimeProvider clock)
{
    private const int MaxSaveAttempts = 10;

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
        var admitted = await admission.AdmitAsync(request, handedInBy, caller, lateToken, now, cancellationToken);
        if (admitted.Problem is { } refused) return refused;
        var form = admitted.Value!;

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var entry = form.NewEntry(Codes.NewEntryId(), now);
            if (!await store.AddAsync(entry, cancellationToken)) continue;

            var link = await files.CreateUploadLinkAsync(entry.BlobName, form.UploadExpiresAt, cancellationToken);
            return new UploadTicket(entry.Id, link, form.UploadExpiresAt, entry.SubmitKey);
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
        if (admission.UploadClosed(entry, now) is { } closed) return closed;

        // The file is checked where it will stay (no copy), reading only the parts the checks need.
        FileInspection inspection;
        string? contentMd5;
        await using (var upload = await files.OpenUploadAsync(entry.BlobName, cancellationToken))
        {
            if (upload is null)
                return Problem.InvalidField("file", "Chưa nhận được tệp bài dự thi. Vui lòng tải tệp lên rồi gửi lại.");
            inspection = await admission.InspectAsync(entry, upload, cancellationToken);
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

    /// <summary>The entrant's view with the receipt code (<see cref="EntryLookup"/>); the result lookup asks the same way.</summary>
    public Task<Result<EntryDetails>> LookupAsync(string id, string? receiptCode, PublicCaller caller, CancellationToken cancellationToken) =>
        lookup.LookupAsync(id, receiptCode, caller, cancellationToken);

    private static Receipt ReceiptOf(Entry entry) =>
        new(entry.Id, entry.ReceiptCode, entry.Status, entry.ReceivedAt!.Value);

    private static Problem EntryIdNotFound() =>
        new(ProblemKind.NotFound, "Không tìm thấy bài dự thi", "Không có bài dự thi nào với mã này.");
}

/// <summary>
/// The entrant looks its entry up with the receipt code; any mismatch answers the same "not found", and wrong codes
/// count against the caller, so guesses learn nothing.
/// </summary>
public sealed class EntryLookup(ContestOptions contest, IUnitRegister units, IEntryStore store, AbuseGuard guard)
{
    public async Task<Result<EntryDetails>> LookupAsync(string id, string? receiptCode, PublicCaller caller, CancellationToken cancellationToken)
    {
        if (await guard.CheckLookupAsync(caller, cancellationToken) is { } slowDown) return slowDown;
        if (await store.FindByReceiptAsync(id, receiptCode, cancellationToken) is not { } stored)
        {
            await guard.RecordWrongCodeAsync(caller, cancellationToken);
            return Problem.EntryNotFound();
        }

        var entry = stored.Entry;
        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        return new EntryDetails(entry, unit?.Name ?? entry.UnitId, contest.FindMovement(entry.MovementId)?.Name ?? entry.MovementId);
    }
}

/// <summary>Proof that an entry was received (biên nhận).</summary>
public sealed record Receipt(string Id, string ReceiptCode, EntryStatus Status, DateTimeOffset ReceivedAt);

/// <summary>Where the browser uploads the file, until when, and the key that submits it.</summary>
public sealed record UploadTicket(string Id, Uri UploadUrl, DateTimeOffset UploadExpiresAt, string SubmitKey);
