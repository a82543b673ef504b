using System.Globalization;

namespace ContestServerless.Functions.Results;

/// <summary>
/// Greedy line breaking for drawn text: words go on a line while it fits the width; a word wider than the line is
/// cut between letters (never inside a letter with its marks, nor inside a surrogate pair).
/// </summary>
public static class TextLines
{
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (measure(candidate) <= width) { current = candidate; continue; }
            if (current.Length > 0) lines.Add(current);
            current = word;
            while (measure(current) > width)
            {
                var cut = LongestFittingPrefix(current, width, measure);
                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }
        if (current.Length > 0 || lines.Count == 0) lines.Add(current);
        return lines;
    }

    /// <summary>The first <paramref name="count"/> lines, the last shortened until it fits with "…" after it.</summary>
    public static IReadOnlyList<string> Truncate(IReadOnlyList<string> lines, int count, double width, Func<string, double> measure)
    {
        var kept = lines.Take(count).ToList();
        var last = kept[^1];
        var elements = TextElements(last);
        var length = elements.Count;
        while (length > 0 && measure(string.Concat(elements.Take(length)).TrimEnd() + "…") > width) length--;
        kept[^1] = string.Concat(elements.Take(length)).TrimEnd() + "…";
        return kept;
    }

    private static int LongestFittingPrefix(string word, double width, Func<string, double> measure)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(word);
        var cut = boundaries.Length > 1 ? boundaries[1] : word.Length;
        for (var i = 2; i < boundaries.Length && measure(word[..boundaries[i]]) <= width; i++) cut = boundaries[i];
        return cut;
    }

    private static List<string> TextElements(string value)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(value);
        while (enumerator.MoveNext()) elements.Add((string)enumerator.Current);
        return elements;
    }
}
