namespace ContestServerless.Functions.Entries;

/// <summary>Fails a queued send on purpose, so the queue retries it (the receipt stays owed meanwhile).</summary>
public sealed class ReceiptMailFailedException(string message) : Exception(message);
