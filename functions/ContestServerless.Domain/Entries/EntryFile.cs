namespace ContestServerless.Domain.Entries;

public sealed record EntryFile(string Name, long Size, string ContentType)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}
