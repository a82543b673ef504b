namespace ContestServerless.Functions.Entries;

/// <summary>The entrant's receipt once the file is received; the only answer that carries the receipt code.</summary>
public sealed record ReceiptView(string Id, string ReceiptCode, string Status, DateTimeOffset ReceivedAt);
