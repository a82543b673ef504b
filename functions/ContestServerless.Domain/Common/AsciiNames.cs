using System.Text;

namespace ContestServerless.Domain.Common;

/// <summary>
/// File and folder names without diacritics: lower case ASCII letters, digits and hyphens only, safe in every unzip
/// tool and file system ("Giải Nhất Nguyễn Thị Ánh Tuyết" → "giai-nhat-nguyen-thi-anh-tuyet").
/// </summary>
public static class AsciiNames
{
    public static string Slug(string text, int maxLength, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in SearchFold.Key(text))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= maxLength) break;
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }
}
