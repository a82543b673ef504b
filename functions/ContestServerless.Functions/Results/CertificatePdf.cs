using System.Globalization;
using System.IO.Compression;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Results;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ContestServerless.Functions.Results;

/// <summary>
/// Draws a prize winner's certificate (giấy chứng nhận) on one A4 landscape page with PDFsharp, in DejaVu Sans
/// embedded in the file (subset, Unicode encoding with a ToUnicode map, so every Vietnamese letter renders and a
/// reader's text extraction gives back the names as typed). Each variable text has a fixed box on the page: it
/// wraps, then shrinks down to a floor, then ends with "…", so no name or title can push anything off the page.
/// </summary>
public static class CertificatePdf
{
    public const string ContentType = "application/pdf";

    // A4 landscape, in points.
    private const double PageWidth = 841.89;
    private const double PageHeight = 595.28;
    private const double Side = 70;
    private const double Width = PageWidth - 2 * Side;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Crimson = XColor.FromArgb(0x9B, 0x1B, 0x1B);
    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush Accent = new XSolidBrush(Crimson);

    /// <summary>The certificate as a PDF written to <paramref name="output"/> (left open).</summary>
    public static void Write(Certificate certificate, Stream output)
    {
        if (!output.CanSeek)
        {
            // PDFsharp seeks back while saving (an HTTP body or a ZIP entry cannot).
            output.Write(Render(certificate));
            return;
        }
        CertificateFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Giấy chứng nhận – {PrintableText.Of(certificate.WinnerName)}";
        document.Info.Creator = "ContestServerless";
        document.Options.CompressContentStreams = true;
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        using (var graphics = XGraphics.FromPdfPage(page))
            Draw(graphics, certificate);
        document.Save(output, closeStream: false);
    }

    public static byte[] Render(Certificate certificate)
    {
        using var buffer = new MemoryStream();
        Write(certificate, buffer);
        return buffer.ToArray();
    }

    /// <summary>"giai-nhat-nguyen-thi-anh-tuyet.pdf": the name to offer for one certificate downloaded alone.</summary>
    public static string FileName(Certificate certificate) => CertificateFileNames.Stem(certificate) + ".pdf";

    private static void Draw(XGraphics g, Certificate c)
    {
        g.DrawRectangle(new XPen(Crimson, 3), 24, 24, PageWidth - 48, PageHeight - 48);
        g.DrawRectangle(new XPen(Crimson, 0.8), 32, 32, PageWidth - 64, PageHeight - 64);

        var nation = Font(13, bold: true);
        g.DrawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nation, Ink, new XRect(Side, 52, Width, 18), XStringFormats.TopCenter);
        var motto = Font(12, bold: true);
        const string Motto = "Độc lập - Tự do - Hạnh phúc";
        g.DrawString(Motto, motto, Ink, new XRect(Side, 70, Width, 16), XStringFormats.TopCenter);
        var mottoWidth = g.MeasureString(Motto, motto).Width;
        g.DrawLine(new XPen(XColors.Black, 0.7), (PageWidth - mottoWidth) / 2, 88, (PageWidth + mottoWidth) / 2, 88);

        Block(g, "GIẤY CHỨNG NHẬN", Accent, new XRect(Side, 100, Width, 56), 38, 24, bold: true);
        Block(g, $"Ban Tổ chức {PrintableText.Of(c.ContestName)} chứng nhận", Ink, new XRect(Side, 160, Width, 46), 14, 9, italic: true);
        Block(g, PrintableText.Of(c.WinnerName), Accent, new XRect(Side, 210, Width, 48), 28, 14, bold: true);
        Block(g, $"Đơn vị: {PrintableText.Of(c.Unit)}", Ink, new XRect(Side, 262, Width, 34), 14, 9);
        Block(g, $"Tác phẩm: “{PrintableText.Of(c.EntryTitle)}”", Ink, new XRect(Side, 298, Width, 72), 15, 9);
        Block(g, $"Đã đạt {PrintableText.Of(c.TierName)}", Accent, new XRect(Side, 374, Width, 40), 24, 12, bold: true);

        var date = c.DecisionDate;
        var column = 300.0;
        Block(g, $"Theo Quyết định số {PrintableText.Of(c.DecisionNumber)} ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            Ink, new XRect(Side, 440, column, 40), 11, 8, italic: true);
        var right = PageWidth - Side - column;
        Block(g, $"Ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}", Ink, new XRect(right, 424, column, 18), 12, 9, italic: true);
        Block(g, PrintableText.Of(c.SignerTitle).ToUpper(CultureInfo.GetCultureInfo("vi-VN")), Ink, new XRect(right, 444, column, 36), 13, 8, bold: true);
        Block(g, PrintableText.Of(c.SignerName), Ink, new XRect(right, 528, column, 22), 14, 8, bold: true);
    }

    private static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(CertificateFonts.Family, size,
            (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            },
            Unicode);

    /// <summary>
    /// Draws <paramref name="text"/> centred in <paramref name="box"/>: at the largest size from
    /// <paramref name="size"/> down to <paramref name="floor"/> at which its wrapped lines fit; at the floor, the lines
    /// that fit, the last ending with "…".
    /// </summary>
    private static void Block(XGraphics g, string text, XBrush brush, XRect box, double size, double floor, bool bold = false, bool italic = false)
    {
        XFont font;
        IReadOnlyList<string> lines;
        for (var current = size; ; current -= 0.5)
        {
            font = Font(Math.Max(current, floor), bold, italic);
            lines = TextLines.Wrap(text, box.Width, s => g.MeasureString(s, font).Width);
            if (lines.Count * font.GetHeight() <= box.Height || current <= floor) break;
        }
        var lineHeight = font.GetHeight();
        var fitting = Math.Max(1, (int)Math.Floor(box.Height / lineHeight));
        if (lines.Count > fitting)
            lines = TextLines.Truncate(lines, fitting, box.Width, s => g.MeasureString(s, font).Width);

        var top = box.Y + Math.Max(0, (box.Height - lines.Count * lineHeight) / 2);
        foreach (var line in lines)
        {
            g.DrawString(line, font, brush, new XRect(box.X, top, box.Width, lineHeight), XStringFormats.TopCenter);
            top += lineHeight;
        }
    }
}

/// <summary>All winners' certificates in one ZIP: one PDF each, named by <see cref="CertificateFileNames"/>.</summary>
public static class CertificateArchive
{
    public const string ContentType = "application/zip";
    public const string FileName = "giay-chung-nhan.zip";

    /// <summary>What a download of <paramref name="certificates"/> is: one PDF alone, else the archive of them all.</summary>
    public static Export Package(IReadOnlyList<Certificate> certificates)
    {
        if (certificates.Count == 1)
            return new Export(CertificatePdf.FileName(certificates[0]), CertificatePdf.ContentType, new MemoryStream(CertificatePdf.Render(certificates[0])));
        var content = new MemoryStream();
        Write(certificates, content);
        content.Position = 0;
        return new Export(FileName, ContentType, content);
    }

    /// <summary>Writes the archive to <paramref name="output"/> (left open).</summary>
    public static void Write(IReadOnlyList<Certificate> certificates, Stream output, CancellationToken cancellationToken = default)
    {
        var names = CertificateFileNames.For(certificates);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        for (var i = 0; i < certificates.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = zip.CreateEntry(names[i], CompressionLevel.Fastest);
            using var stream = entry.Open();
            CertificatePdf.Write(certificates[i], stream);
        }
    }
}
