namespace ContestServerless.Domain.Entries;

/// <summary>Proof that an entry was received (biên nhận).</summary>
public sealed record Receipt(string Id, string ReceiptCode, EntryStatus Status, DateTimeOffset ReceivedAt);
