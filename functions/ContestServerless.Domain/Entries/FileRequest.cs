namespace ContestServerless.Domain.Entries;

/// <summary>The file the browser is about to upload, as the browser describes it.</summary>
public sealed record FileRequest(string? Name, long? Size, string? ContentType);
