using System.Globalization;
using System.Text;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Results;

/// <summary>
/// Text as the results' documents print it: trimmed, composed (NFC, so each Vietnamese letter is one glyph of the
/// font), one line, and without the control characters XML refuses and fonts cannot draw. Markup stays as typed:
/// both renderers write text, never markup.
/// </summary>
public static class PrintableText
{
    public static string Of(string? value)
    {
        var clean = Text.Clean(value);
        var builder = new StringBuilder(clean.Length);
        var rest = clean.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                rune = Rune.ReplacementChar;
            rest = rest[consumed..];
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)) { if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' '); }
            else if (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D)) { }
            else builder.Append(rune.ToString());
        }
        return builder.ToString().TrimEnd();
    }
}

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
