using System.Globalization;
using System.Text;

namespace ContestServerless.Domain.Common;

public static class Text
{
    /// <summary>
    /// Trims and composes to NFC. Vietnamese typed on macOS or pasted from some editors arrives decomposed
    /// ("e" + combining marks); storing NFC keeps search, sorting and file names consistent.
    /// </summary>
    public static string Clean(string? value) =>
        (value ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static bool HasControlCharacters(string value, bool allowLineBreaks = false) =>
        value.Any(c => char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
        || value.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format
            && c != '\u200C' && c != '\u200D');

    /// <summary>
    /// Removes Vietnamese diacritics (including đ/Đ, which Unicode does not decompose) so that
    /// "Nguyễn" and "nguyen" compare equal; used for file names and search.
    /// </summary>
    public static string Unaccent(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
