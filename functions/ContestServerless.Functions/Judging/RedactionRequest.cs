namespace ContestServerless.Functions.Judging;

/// <summary>The redacted file's name (for its kind) when asking for an upload link, or the blob name to confirm it.</summary>
public sealed record RedactionRequest(string? FileName, string? BlobName);
