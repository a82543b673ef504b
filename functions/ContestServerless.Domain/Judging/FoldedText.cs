using System.Globalization;
using System.Text;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// A text reduced to what identity matching compares: lower case, without diacritics (đ → d), each word one run
/// of letters and digits separated by one space; every folded character remembers where it came from, so a match
/// can be shown in the original text. "Nguyễn  VĂN-An" folds to "nguyen van an".
/// </summary>
internal sealed class FoldedText
{
    // Folding per character through Unicode decomposition is slow; Latin, Vietnamese and combining marks all lie
    // below U+2000, so a table covers what essays are written in. 0 means "not a letter or digit".
    private static readonly char[] Table = BuildTable();

    public string Words { get; }

    /// <summary>For each character of <see cref="Words"/>, its index in the original text.</summary>
    private readonly int[] _origins;

    private FoldedText(string words, int[] origins) => (Words, _origins) = (words, origins);

    public int Origin(int index) => _origins[index];

    public static FoldedText Of(string text)
    {
        var words = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        var space = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCombiningMark(c)) continue; // a decomposed accent: part of the letter before it
            var folded = Fold(c);
            if (folded == '\0')
            {
                if (!space) { words.Append(' '); origins.Add(i); space = true; }
                continue;
            }
            words.Append(folded);
            origins.Add(i);
            space = false;
        }
        return new FoldedText(words.ToString(), [.. origins]);
    }

    /// <summary>A clue folded the same way, without the spaces at its ends.</summary>
    public static string Key(string value) => Of(value).Words.Trim();

    private static bool IsCombiningMark(char c) => c < Table.Length
        ? Table[c] == '\u0001'
        : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char Fold(char c)
    {
        if (c < Table.Length) return Table[c] == '\u0001' ? '\0' : Table[c];
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { table[i] = '\u0001'; continue; }
            if (!char.IsLetterOrDigit(c)) continue;
            var baseLetter = c.ToString().Normalize(NormalizationForm.FormD)[0];
            table[i] = char.ToLowerInvariant(baseLetter switch { 'đ' or 'Đ' => 'd', _ => baseLetter });
        }
        return table;
    }
}
