using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// The real receipt store, except that a read answers only once <paramref name="readers"/> readers have read: two
/// senders then both see the receipt owed, and only the claim's ETag can keep them from both sending.
/// </summary>
public sealed class ReadTogetherReceiptMails(IReceiptMails inner, int readers) : IReceiptMails
{
    private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;

    public async Task<ReceiptMail?> FindAsync(string unitId, string entryId, CancellationToken cancellationToken)
    {
        var found = await inner.FindAsync(unitId, entryId, cancellationToken);
        if (Interlocked.Increment(ref _reads) >= readers) _allRead.TrySetResult();
        await _allRead.Task.WaitAsync(Eventually.Bound, cancellationToken);
        return found;
    }

    public Task<bool> TryReplaceAsync(ReceiptMail mail, string version, CancellationToken cancellationToken) =>
        inner.TryReplaceAsync(mail, version, cancellationToken);

    public Task FinishAsync(ReceiptMail mail, CancellationToken cancellationToken) => inner.FinishAsync(mail, cancellationToken);

    public Task<IReadOnlyList<ReceiptMail>> ListUnsentAsync(CancellationToken cancellationToken) => inner.ListUnsentAsync(cancellationToken);
}
