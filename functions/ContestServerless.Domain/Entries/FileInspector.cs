using System.IO.Compression;
using System.Xml;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Checks that an uploaded file really is what its extension claims, whatever the browser said about it:
/// a PDF starts with "%PDF-" and ends with "%%EOF"; a .docx is a ZIP package holding word/document.xml; a .doc is
/// an OLE2 compound file. Also counts the words of a .docx. Reads only what it checks: the first bytes, a PDF's
/// last kilobyte, a ZIP's central directory (at its end) and its word/document.xml part, never the whole file,
/// so over a stream that fetches ranges on demand a 20 MB file costs a few small reads.
/// </summary>
public static class FileInspector
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Readers look for the end-of-file marker within the last 1,024 bytes (PDF 1.7, Implementation note 18).</summary>
    private const int PdfTrailerBytes = 1024;

    private const string NotDocx = "Tệp không phải là tệp Word (.docx): nội dung tệp không khớp với đuôi .docx.";

    /// <param name="file">A readable, seekable stream positioned anywhere.</param>
    /// <param name="docx">How much of a .docx may be decompressed while checking it.</param>
    public static async Task<FileInspection> InspectAsync(
        Stream file, string extension, DocxLimits docx, CancellationToken cancellationToken)
    {
        var header = new byte[8];
        file.Position = 0;
        var headerLength = await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var start = header.AsSpan(0, headerLength);

        int? words = null;
        switch (extension)
        {
            case ".pdf" when !start.StartsWith(PdfMagic):
                return FileInspection.Rejected("Tệp không phải là tệp PDF: nội dung tệp không khớp với đuôi .pdf.");
            case ".pdf" when !await EndsWithPdfTrailerAsync(file, cancellationToken):
                return FileInspection.Rejected(
                    "Tệp PDF không trọn vẹn (thiếu phần kết thúc tệp), có thể do tệp bị lỗi hoặc lưu chưa xong. " +
                    "Vui lòng mở thử tệp, lưu lại rồi gửi lại.");
            case ".doc" when !start.StartsWith(Ole2Magic):
                return FileInspection.Rejected("Tệp không phải là tệp Word 97-2003 (.doc): nội dung tệp không khớp với đuôi .doc.");
            case ".docx":
                if (!start.StartsWith(ZipMagic)) return FileInspection.Rejected(NotDocx);
                var refusal = InspectDocx(file, docx, out var counted);
                if (refusal is not null) return FileInspection.Rejected(refusal);
                words = counted;
                break;
            case ".pdf" or ".doc":
                break;
            default:
                return FileInspection.Rejected($"Không nhận tệp có đuôi {extension}.");
        }
        return new FileInspection(true, null, words);
    }

    /// <summary>A PDF cut short (an interrupted save or copy) lacks the "%%EOF" that closes its last trailer.</summary>
    private static async Task<bool> EndsWithPdfTrailerAsync(Stream file, CancellationToken cancellationToken)
    {
        var tail = new byte[(int)Math.Min(PdfTrailerBytes, file.Length)];
        file.Position = file.Length - tail.Length;
        var read = await file.ReadAtLeastAsync(tail, tail.Length, throwOnEndOfStream: false, cancellationToken);
        return tail.AsSpan(0, read).IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>
    /// Counts the words of a .docx, decompressing no more than the limits allow: the sizes the package declares
    /// are checked first (cheap), then the bytes really inflated are counted while reading, since declarations
    /// can lie. Answers why the file is refused, or null.
    /// </summary>
    private static string? InspectDocx(Stream file, DocxLimits limits, out int words)
    {
        words = 0;
        try
        {
            file.Position = 0;
            using var package = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var document = package.GetEntry("word/document.xml");
            if (document is null) return NotDocx;

            long declared = 0;
            foreach (var part in package.Entries) declared += part.Length;
            if (declared > limits.MaxPackageBytes) return TooLarge(limits.MaxPackageBytes);
            if (document.Length > limits.MaxDocumentXmlBytes) return TooLarge(limits.MaxDocumentXmlBytes);
            if (TooCompressed(document.Length, document.CompressedLength, limits)) return TooCompressed(limits);

            // Inflated bytes are capped by both the size limit and the ratio against what the part really occupies.
            var ratioBound = Math.Max(limits.RatioAppliesFromBytes, document.CompressedLength * limits.MaxCompressionRatio);
            var bound = Math.Min(limits.MaxDocumentXmlBytes, ratioBound);
            try
            {
                using var xml = new BoundedStream(document.Open(), bound);
                words = CountWords(xml, limits.MaxDocumentXmlBytes);
            }
            catch (StreamLimitExceededException)
            {
                return bound == limits.MaxDocumentXmlBytes ? TooLarge(limits.MaxDocumentXmlBytes) : TooCompressed(limits);
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return NotDocx;
        }
    }

    private static bool TooCompressed(long length, long compressedLength, DocxLimits limits) =>
        length > limits.RatioAppliesFromBytes && length > compressedLength * limits.MaxCompressionRatio;

    private static string TooLarge(long limit) =>
        $"Tệp Word (.docx) khi giải nén vượt quá {limit / (1024 * 1024)} MB nên không kiểm tra được và không được nhận. " +
        "Vui lòng mở tệp bằng Word, lưu lại rồi gửi lại, hoặc gửi bản PDF.";

    private static string TooCompressed(DocxLimits limits) =>
        $"Tệp Word (.docx) có phần nội dung bị nén bất thường (hơn {limits.MaxCompressionRatio} lần) nên không được nhận. " +
        "Vui lòng mở tệp bằng Word, lưu lại rồi gửi lại, hoặc gửi bản PDF.";

    /// <summary>
    /// Word splits text into runs at any formatting change, even inside a word, so a word continues from run to
    /// run until whitespace, a tab, a break or the paragraph's end. Text is read in chunks and never gathered into
    /// strings, so one enormous run costs a small buffer, not its size.
    /// </summary>
    private static int CountWords(Stream documentXml, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(documentXml, settings);
        var chunk = new char[8192];
        var count = 0;
        var inWord = false;
        var inText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == WordNamespace:
                    if (reader.LocalName == "t") inText = !reader.IsEmptyElement;
                    else if (reader.LocalName is "tab" or "br") inWord = false;
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == WordNamespace:
                    if (reader.LocalName == "t") inText = false;
                    else if (reader.LocalName == "p") inWord = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    int read;
                    while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        foreach (var c in chunk.AsSpan(0, read))
                        {
                            if (char.IsWhiteSpace(c)) inWord = false;
                            else if (!inWord) (inWord, count) = (true, count + 1);
                        }
                    break;
            }
        }
        return count;
    }
}

/// <summary>What the bytes of an uploaded file turned out to be.</summary>
public sealed record FileInspection(bool Accepted, string? Reason, int? WordCount)
{
    public static FileInspection Rejected(string reason) => new(false, reason, null);
}
