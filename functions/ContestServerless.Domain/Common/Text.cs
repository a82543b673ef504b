using System.Globalization;
using System.Text;

namespace ContestServerless.Domain.Common;

public static class Text
{
    /// <summary>
    /// Trims and composes to NFC. Vietnamese typed on macOS or pasted from some editors arrives decomposed
    /// ("e" + combining marks); storing NFC keeps search, sorting and file names consistent.
    /// </summary>
    public static string Clean(string? value) => Normalized((value ?? "").Trim(), NormalizationForm.FormC);

    /// <summary>
    /// Control characters, invisible format characters (except the joiners some scripts need), broken surrogate
    /// pairs and noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE among them, which
    /// normalization refuses), judged code point by code point: judged by UTF-16 units, the TAG characters
    /// (U+E0000–U+E007F) would pass as two surrogates where their cousins in the first plane are refused. The line and
    /// paragraph separators (U+2028, U+2029) are refused even where line breaks are allowed: no keyboard types them,
    /// and some readers of the text break the line there while others do not.
    /// </summary>
    public static bool HasControlCharacters(string value, bool allowLineBreaks = false)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done) return true;
            rest = rest[consumed..];
            if (Rune.IsControl(rune))
            {
                if (allowLineBreaks && rune.Value is '\n' or '\r' or '\t') continue;
                return true;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) return true;
            if (category == UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D)) return true;
            if (IsNoncharacter(rune.Value)) return true;
        }
        return false;
    }

    /// <summary>
    /// Removes Vietnamese diacritics (including đ/Đ, which Unicode does not decompose) so that
    /// "Nguyễn" and "nguyen" compare equal; used for file names and search.
    /// </summary>
    public static string Unaccent(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in Normalized(value, NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return Normalized(builder.ToString(), NormalizationForm.FormC);
    }

    /// <summary>
    /// The text normalized, or as it came when normalization refuses it (a broken surrogate pair, U+FFFE): text is
    /// cleaned before it is checked, and <see cref="HasControlCharacters"/> then refuses it with a field error rather
    /// than the request failing.
    /// </summary>
    private static string Normalized(string value, NormalizationForm form)
    {
        try
        {
            return value.Normalize(form);
        }
        catch (ArgumentException)
        {
            return value;
        }
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// A person's name for comparing, not for showing: without diacritics, lower case, single spaces, so
    /// "NGUYỄN  Văn An" and "nguyen van an" are the same name.
    /// </summary>
    public static string NameKey(string? value) =>
        string.Join(' ', SearchFold.Key(value).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
