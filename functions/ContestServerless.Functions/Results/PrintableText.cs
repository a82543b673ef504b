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
