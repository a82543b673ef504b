namespace ContestServerless.Functions.Entries;

/// <summary>An entry's file as declared, with what the server found in it once received.</summary>
public sealed record EntryFileView(string Name, long Size, string ContentType, int? WordCount, string? ContentMd5);
