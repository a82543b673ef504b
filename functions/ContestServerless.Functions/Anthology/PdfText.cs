using System.Text;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace ContestServerless.Functions.Anthology;

/// <summary>
/// A PDF's text as paragraphs for the editor to check: lines in reading order, joined until one ends a sentence.
/// Layout, pictures and notes are not carried; the book says so above the text.
/// </summary>
internal static class PdfText
{
    private const int MaxPages = 500;
    private const int MaxParagraph = 20_000;

    public static IEnumerable<string> Paragraphs(string path, CancellationToken cancellationToken)
    {
        using var document = PigDocument.Open(path);
        var paragraph = new StringBuilder();
        foreach (var page in document.GetPages().Take(MaxPages))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var raw in ContentOrderTextExtractor.GetText(page).Split('\n'))
            {
                var line = Clean(raw);
                if (line.Length == 0)
                {
                    if (paragraph.Length > 0) yield return Take(paragraph);
                    continue;
                }
                if (paragraph.Length > 0) paragraph.Append(' ');
                paragraph.Append(line);
                if (EndsSentence(line) || paragraph.Length > MaxParagraph) yield return Take(paragraph);
            }
        }
        if (paragraph.Length > 0) yield return Take(paragraph);
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '…';

    private static string Take(StringBuilder paragraph)
    {
        var text = paragraph.ToString();
        paragraph.Clear();
        return text;
    }

    /// <summary>Characters XML 1.0 cannot hold (some PDFs map glyphs to control codes) are dropped.</summary>
    private static string Clean(string line)
    {
        var kept = new StringBuilder(line.Length);
        foreach (var c in line.Trim())
            if (c is '\t' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c))) kept.Append(c);
        return kept.ToString();
    }
}
