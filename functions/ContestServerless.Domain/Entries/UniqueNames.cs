namespace ContestServerless.Domain.Entries;

/// <summary>Hands out names that are unique within their folder, ignoring case as Windows does: "a.pdf", "a (2).pdf".</summary>
public sealed class UniqueNames
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string folder, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var candidate = $"{folder}/{fileName}";
        for (var n = 2; !_taken.Add(candidate); n++) candidate = $"{folder}/{stem} ({n}){extension}";
        return candidate;
    }
}
