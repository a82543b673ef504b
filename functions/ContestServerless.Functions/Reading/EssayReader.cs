using System.IO.Compression;
using ContestServerless.Domain.Reading;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Reading;

/// <summary>
/// Turns an essay's file into a page (see <see cref="IEssayReader"/>): a .docx converted through <see cref="DocxPage"/>,
/// a PDF's text through <see cref="PdfPage"/>, anything else (a .doc) or any file that cannot be read answered as
/// <see cref="EssayPageKind.Unavailable"/> with a notice. It never throws for a bad file: a person reading a page
/// gets a notice and the download, never an error.
/// </summary>
public sealed class EssayReader(ReadingLimits limits, ILogger<EssayReader> logger) : IEssayReader
{
    public const string DocNotice = "Tệp Word 97-2003 (.doc) không hiển thị được trên trang; xin tải tệp về để đọc.";
    public const string UnreadableNotice = "Không hiển thị được nội dung tệp trên trang; xin tải tệp về để đọc.";
    public const string PdfNotice = "Nội dung được trích từ tệp PDF nên không giữ bố cục, định dạng và hình ảnh; tệp PDF là bản chính thức để đối chiếu.";
    public const string PdfWithoutText = "Tệp PDF không có chữ đọc được (có thể là bản chụp); xin tải tệp về để đọc.";
    public const string TooLongNotice = "Bài dài quá giới hạn hiển thị trên trang; phần còn lại xin đọc trong tệp tải về.";
    public const string LimitedNotice = "Một số hình ảnh hoặc đối tượng nhúng không hiển thị trên trang; xin tải tệp về để xem đầy đủ.";

    public Task<EssayPage> ReadAsync(Stream file, string extension, CancellationToken cancellationToken) =>
        // Both libraries read synchronously: this is CPU work, kept off the request thread.
        Task.Run(() => Read(file, extension, cancellationToken), cancellationToken);

    private EssayPage Read(Stream file, string extension, CancellationToken cancellationToken)
    {
        if (extension is not (".docx" or ".pdf")) return Unavailable(extension == ".doc" ? DocNotice : UnreadableNotice);
        var html = new HtmlFragment(limits.MaxHtmlCharacters);
        try
        {
            if (extension == ".pdf")
            {
                var any = PdfPage.Write(file, html, limits, cancellationToken);
                return any ? new EssayPage(html.Html, html.Text, EssayPageKind.ExtractedText, PdfNotice) : Unavailable(PdfWithoutText);
            }
            if (!FitsLimits(file)) return Unavailable(UnreadableNotice);
            file.Position = 0;
            using (var document = WordprocessingDocument.Open(file, false, new OpenSettings { AutoSave = false }))
            {
                try
                {
                    DocxPage.Write(document, html, limits, cancellationToken);
                }
                catch (HtmlFragment.FullException)
                {
                    html.EndTruncated(TooLongNotice);
                }
            }
            var notice = html.Truncated ? TooLongNotice
                : html.Html.Contains(HtmlFragment.Classes.Placeholder, StringComparison.Ordinal) ? LimitedNotice
                : null;
            return new EssayPage(html.Html, html.Text, EssayPageKind.Formatted, notice);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (HtmlFragment.FullException)
        {
            html.EndTruncated(TooLongNotice);
            return new EssayPage(html.Html, html.Text, EssayPageKind.ExtractedText, TooLongNotice);
        }
#pragma warning disable CA1031 // A hostile or broken file can fail anywhere in either library; the reader answers with a notice instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "An essay's {Extension} file could not be read as a page", extension);
            return Unavailable(UnreadableNotice);
        }
    }

    /// <summary>The package's parts, as its directory declares them, inflate to no more than the limit.</summary>
    private bool FitsLimits(Stream file)
    {
        file.Position = 0;
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        long declared = 0;
        foreach (var entry in zip.Entries) declared += entry.Length;
        return declared <= limits.MaxPackageBytes;
    }

    private static EssayPage Unavailable(string notice) => new("", "", EssayPageKind.Unavailable, notice);
}
