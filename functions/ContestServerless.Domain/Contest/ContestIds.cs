using System.Text.RegularExpressions;

namespace ContestServerless.Domain.Contest;

/// <summary>A contest's short id (what its printed addresses carry) and the storage key derived from it once, at creation.</summary>
public static partial class ContestIds
{
    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>
    /// The id's letters and digits ("can-tho-2027" → "cantho2027"), which table and container names accept; a number is
    /// added when another contest already has that key ("ab-c" and "a-bc" both strip to "abc").
    /// </summary>
    public static string StorageKeyFor(string id, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var key = new string([.. id.Where(char.IsAsciiLetterOrDigit)]);
        var candidate = key;
        for (var n = 2; used.Contains(candidate) || candidate.Length == 0; n++) candidate = key + n;
        return candidate;
    }

    [GeneratedRegex(ContestOptions.IdPattern)]
    private static partial Regex Pattern();
}
