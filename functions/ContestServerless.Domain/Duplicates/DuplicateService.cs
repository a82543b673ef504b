using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Duplicates;

/// <summary>
/// Organizers decide which of two entries is the copy (bản trùng): the copy leaves play (<see cref="Entry.InPlay"/>), so
/// its unit's counts in the same transaction that marks it, and every round at once. The mark can be taken back; a
/// withdrawn copy stays out of the counts all the same. Both are audited.
/// </summary>
public sealed class DuplicateService(IEntryStore store, OutOfPlay outOfPlay, IAuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<Result<Entry>> MarkAsync(SignedInUser user, string id, DuplicateRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var copyOf = Text.Clean(request.CopyOf);
        var reason = new FreeText("lý do", MaxReasonLength, LineBreaks: true, Missing: "Vui lòng ghi lý do xác định bài trùng.").Read("reason", request.Reason, errors);
        if (copyOf.Length == 0) errors["copyOf"] = ["Vui lòng cho biết mã bài gốc mà bài này trùng với."];
        else if (copyOf == id) errors["copyOf"] = ["Một bài không thể là bản trùng của chính nó; hãy nhập mã của bài kia."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        return await store.ChangeTypedAsync(id, async stored =>
        {
            var entry = stored.Entry;
            if (!entry.IsReceived)
                return Problem.InvalidField("copyOf", "Chỉ bài dự thi đã nhận mới có thể được đánh dấu là bản trùng.");
            if (await store.FindTypedAsync(copyOf, cancellationToken) is not { } original)
                return Problem.InvalidField("copyOf", "Không có bài dự thi với mã bài gốc này.");
            if (original.Entry.Id == entry.Id)
                return Problem.InvalidField("copyOf", "Một bài không thể là bản trùng của chính nó; hãy nhập mã của bài kia.");
            if (!original.Entry.IsReceived || original.Entry.IsCopy)
                return Problem.InvalidField("copyOf", "Bài gốc phải là bài đã nhận và chưa bị đánh dấu là bản trùng.");

            entry.MarkAsCopy(original.Entry.Id, reason, user.Name, clock.GetUtcNow());
            if (!await store.SaveAsync(entry, stored.Version, cancellationToken)) return null;
            await outOfPlay.FollowAsync(entry, cancellationToken);
            await audit.RecordAsync(user, AuditAction.EntryMarkedCopy, entry.Id, $"Bản trùng của {original.Entry.Id}: {reason}", cancellationToken);
            return entry;
        }, cancellationToken);
    }

    public Task<Result<Entry>> ClearAsync(SignedInUser user, string id, CancellationToken cancellationToken) =>
        store.ChangeTypedAsync(id, async stored =>
        {
            var entry = stored.Entry;
            var was = entry.CopyOf;
            if (entry.ClearCopy() is { } notCopy) return notCopy;
            if (!await store.SaveAsync(entry, stored.Version, cancellationToken)) return null;
            await audit.RecordAsync(user, AuditAction.EntryCopyCleared, entry.Id, $"Bỏ đánh dấu bản trùng của {was}", cancellationToken);
            return entry;
        }, cancellationToken);

    /// <summary>
    /// Organizers declare two entries flagged as possible duplicates distinct works (không trùng): both stay in play
    /// and the pair is no longer flagged. Refused for the same file, which is one work: one must be marked a copy.
    /// </summary>
    public async Task<Result<Entry>> DeclareDistinctAsync(SignedInUser user, string id, DistinctRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var other = Text.Clean(request.DistinctFrom);
        if (other.Length == 0) errors["distinctFrom"] = ["Vui lòng cho biết mã bài được xác nhận là không trùng với bài này."];
        else if (other == id) errors["distinctFrom"] = ["Một bài không thể được so với chính nó; hãy nhập mã của bài kia."];
        var reason = new FreeText("lý do", MaxReasonLength, LineBreaks: true, Missing: "Vui lòng ghi lý do xác nhận hai bài không trùng nhau.")
            .Read("reason", request.Reason, errors);
        if (errors.Count > 0) return Problem.Invalid(errors);

        return await store.ChangeTypedAsync(id, async stored =>
        {
            var entry = stored.Entry;
            if (!entry.IsReceived) return Problem.InvalidField("distinctFrom", "Chỉ bài dự thi đã nhận mới có thể được xác nhận là không trùng.");
            if (await store.FindTypedAsync(other, cancellationToken) is not { } found)
                return Problem.InvalidField("distinctFrom", "Không có bài dự thi với mã này.");
            if (found.Entry.Id == entry.Id)
                return Problem.InvalidField("distinctFrom", "Một bài không thể được so với chính nó; hãy nhập mã của bài kia.");
            if (entry.ContentMd5 is { Length: > 0 } md5 && string.Equals(md5, found.Entry.ContentMd5, StringComparison.OrdinalIgnoreCase))
                return Problem.InvalidField("distinctFrom", "Hai bài có cùng một tệp nên là cùng một tác phẩm; hãy đánh dấu một bài là bản trùng.");

            if (!entry.DeclareDistinct(found.Entry.Id)) return entry;
            if (!await store.SaveAsync(entry, stored.Version, cancellationToken)) return null;
            await audit.RecordAsync(user, AuditAction.EntryDeclaredDistinct, entry.Id, $"Không trùng với {found.Entry.Id}: {reason}", cancellationToken);
            return entry;
        }, cancellationToken);
    }
}

/// <summary>Organizers declare an entry and <see cref="DistinctFrom"/> two works, not copies, saying why.</summary>
public sealed record DistinctRequest(string? DistinctFrom, string? Reason);

/// <summary>Organizers mark an entry as a copy of <see cref="CopyOf"/>, saying why.</summary>
public sealed record DuplicateRequest(string? CopyOf, string? Reason);
