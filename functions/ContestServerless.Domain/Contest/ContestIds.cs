using System.Text.RegularExpressions;

namespace ContestServerless.Domain.Contest;

/// <summary>A contest's short id (what its printed addresses carry) and the storage key derived from it once, at creation.</summary>
public static partial class ContestIds
{
    /// <summary>The rule <see cref="IsWellFormed"/> checks, in words for organizers.</summary>
    public const string Rule = "Mã cuộc thi gồm 3–40 ký tự: chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ hoặc số.";

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
