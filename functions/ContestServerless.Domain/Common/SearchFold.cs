using System.Text;

namespace ContestServerless.Domain.Common;

/// <summary>
/// Text as the contest compares it (search, duplicates, people's names, unit groups, sheet headers, file names):
/// trimmed, lower case, without diacritics (đ → d), so "nguyen" finds "Nguyễn" and "NGUYỄN". The definition is
/// <c>Text.Unaccent(Text.Clean(value)).ToLowerInvariant()</c>; that costs three Unicode normalizations and five
/// strings a call, and the catalogue folds every title and author again whenever it changes. Text made only of Latin
/// letters, Vietnamese letters and combining marks (nearly every title and name) is folded a character at a time
/// through a table built from that definition: in those blocks no two letters compose with each other, so removing
/// the marks of each character alone gives what removing them from the whole text gives. Anything else takes the
/// definition itself.
/// </summary>
public static class SearchFold
{
    /// <summary>For each character of the table's blocks: its folded form, or '\0' when folding drops it (a mark).</summary>
    private static readonly char[] Table = BuildTable();

    public static string Key(string? value)
    {
        var text = (value ?? "").AsSpan().Trim();
        foreach (var c in text)
            if (!InTable(c)) return Slow(value);
        return string.Create(Kept(text), value, static (span, source) =>
        {
            var at = 0;
            foreach (var c in (source ?? "").AsSpan().Trim())
                if (Table[c] != '\0') span[at++] = Table[c];
        });
    }

    /// <summary>The definition, for text outside the table's blocks.</summary>
    private static string Slow(string? value) => Text.Unaccent(Text.Clean(value)).ToLowerInvariant();

    private static int Kept(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
            if (Table[c] != '\0') count++;
        return count;
    }

    /// <summary>
    /// Basic Latin to Latin Extended-B, the combining diacritical marks, and Latin Extended Additional (Vietnamese);
    /// not U+0000, which the table cannot tell from "dropped".
    /// </summary>
    private static bool InTable(char c) => c is > '\0' and <= '\u024F' or >= '\u0300' and <= '\u036F' or >= '\u1E00' and <= '\u1EFF';

    private static char[] BuildTable()
    {
        var table = new char[0x1F00];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (!InTable(c)) continue;
            // Whitespace inside text is kept, so it is folded without Clean's trim.
            var folded = Text.Unaccent(c.ToString().Normalize(NormalizationForm.FormC)).ToLowerInvariant();
            table[i] = folded.Length switch
            {
                0 => '\0',
                1 => folded[0],
                _ => throw new InvalidOperationException($"U+{i:X4} folds to {folded.Length} characters."),
            };
        }
        return table;
    }
}
