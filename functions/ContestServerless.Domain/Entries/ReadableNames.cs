using System.Text;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// File and folder names people can read: "TÊN TÁC PHẨM - TÊN TÁC GIẢ.ext", in Vietnamese, safe on Windows,
/// macOS and inside ZIP files.
/// </summary>
public static class ReadableNames
{
    private const int MaxStemLength = 120;
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>
    /// "Title - Author.ext" for an entry's file; for a group, "Title - Leader và nhóm tác giả.ext" (the leader
    /// named, the rest in words, so the name stays short whatever the group's size).
    /// </summary>
    public static string ForEntry(Entry entry) =>
        Safe($"{entry.Title} - {entry.Author.FullName}{(entry.IsGroup ? " và nhóm tác giả" : "")}", "bai-du-thi") + entry.File.Extension;

    /// <summary>
    /// Replaces characters file systems refuse, collapses spaces, trims the dots and spaces Windows drops, and
    /// shortens long names at a character boundary.
    /// </summary>
    public static string Safe(string value, string fallback)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in Text.Clean(value))
        {
            var replaced = char.IsControl(c) || Array.IndexOf(Forbidden, c) >= 0 ? ' ' : c;
            if (replaced == ' ' && (builder.Length == 0 || builder[^1] == ' ')) continue;
            builder.Append(replaced);
        }
        var name = builder.ToString().Trim(' ', '.');
        if (name.Length > MaxStemLength)
            name = name[..(char.IsHighSurrogate(name[MaxStemLength - 1]) ? MaxStemLength - 1 : MaxStemLength)].TrimEnd(' ', '.');
        return name.Any(char.IsLetterOrDigit) ? name : fallback;
    }
}

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
