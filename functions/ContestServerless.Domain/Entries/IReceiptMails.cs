namespace ContestServerless.Domain.Entries;

/// <summary>The receipt e-mails entries owe (recorded by <see cref="IEntryStore.SaveReceivedAsync"/>) and their sends.</summary>
public interface IReceiptMails
{
    Task<ReceiptMail?> FindAsync(string unitId, string entryId, CancellationToken cancellationToken);

    /// <summary>Replaces the record unless it changed since <paramref name="version"/> was read; false when it did.</summary>
    Task<bool> TryReplaceAsync(ReceiptMail mail, string version, CancellationToken cancellationToken);

    /// <summary>Records how a claimed send ended (the sender holds the claim, so this overwrites).</summary>
    Task FinishAsync(ReceiptMail mail, CancellationToken cancellationToken);

    /// <summary>Every receipt e-mail not sent yet, of every unit.</summary>
    Task<IReadOnlyList<ReceiptMail>> ListUnsentAsync(CancellationToken cancellationToken);
}
