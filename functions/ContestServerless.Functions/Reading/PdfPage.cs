using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ContestServerless.Functions.Reading;

/// <summary>
/// A PDF's text as plain paragraphs: each page's words grouped into blocks (Docstrum) in reading order, a block's
/// lines joined into one paragraph. Layout, pictures and emphasis are not kept: the file stays the reference.
/// </summary>
internal static class PdfPage
{
    /// <summary>Writes the text and answers whether there was any.</summary>
    public static bool Write(Stream file, HtmlFragment html, ReadingLimits limits, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true });
        var pages = Math.Min(document.NumberOfPages, limits.MaxPdfPages);
        var paragraph = new StringBuilder();
        for (var number = 1; number <= pages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
            if (words.Count == 0) continue;
            var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words).ToList());
            foreach (var block in blocks)
            {
                paragraph.Clear();
                foreach (var line in block.TextLines)
                {
                    if (paragraph.Length > 0) paragraph.Append(' ');
                    paragraph.Append(line.Text);
                }
                if (string.IsNullOrWhiteSpace(paragraph.ToString())) continue;
                html.Open("p");
                html.Write(paragraph.ToString());
                html.Close();
                html.EndLine();
            }
        }
        if (document.NumberOfPages > pages)
            html.EndTruncated($"Trang chỉ hiện {pages} trang đầu của tệp PDF; xin tải tệp để đọc toàn bộ.");
        return html.Content > 0;
    }
}
