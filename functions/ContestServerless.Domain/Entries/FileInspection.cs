using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml;

namespace ContestServerless.Domain.Entries;

/// <summary>What the bytes of an uploaded file turned out to be.</summary>
public sealed record FileInspection(bool Accepted, string? Reason, string? Sha256, int? WordCount)
{
    public static FileInspection Rejected(string reason) => new(false, reason, null, null);
}

/// <summary>
/// Checks that an uploaded file really is what its extension claims, whatever the browser said about it:
/// a PDF starts with "%PDF-"; a .docx is a ZIP package holding word/document.xml; a .doc is an OLE2
/// compound file. Also fingerprints the file (SHA-256) and counts the words of a .docx.
/// </summary>
public static class FileInspector
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>A document.xml larger than this is not word-counted, so a ZIP bomb costs nothing.</summary>
    private const long MaxDocumentXmlBytes = 64 * 1024 * 1024;

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <param name="file">A readable, seekable stream positioned anywhere.</param>
    public static async Task<FileInspection> InspectAsync(Stream file, string extension, CancellationToken cancellationToken)
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
            case ".doc" when !start.StartsWith(Ole2Magic):
                return FileInspection.Rejected("Tệp không phải là tệp Word 97-2003 (.doc): nội dung tệp không khớp với đuôi .doc.");
            case ".docx":
                if (!start.StartsWith(ZipMagic) || !TryCountDocxWords(file, out words))
                    return FileInspection.Rejected("Tệp không phải là tệp Word (.docx): nội dung tệp không khớp với đuôi .docx.");
                break;
            case ".pdf" or ".doc":
                break;
            default:
                return FileInspection.Rejected($"Không nhận tệp có đuôi {extension}.");
        }

        file.Position = 0;
        var hash = await SHA256.HashDataAsync(file, cancellationToken);
        return new FileInspection(true, null, Convert.ToHexStringLower(hash), words);
    }

    private static bool TryCountDocxWords(Stream file, out int? words)
    {
        words = null;
        try
        {
            file.Position = 0;
            using var package = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var document = package.GetEntry("word/document.xml");
            if (document is null) return false;
            if (document.Length <= MaxDocumentXmlBytes)
            {
                using var xml = document.Open();
                words = CountWords(xml);
            }
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Word splits text into runs at any formatting change, even inside a word, so words are counted per
    /// paragraph over the concatenated runs, with tabs and breaks as separators.
    /// </summary>
    private static int CountWords(Stream documentXml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(documentXml, settings);
        var paragraph = new System.Text.StringBuilder();
        var count = 0;
        while (reader.Read())
        {
            if (reader.NamespaceURI != WordNamespace) continue;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
                paragraph.Append(reader.ReadElementContentAsString());
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "tab" or "br")
                paragraph.Append(' ');
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p")
            {
                count += paragraph.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                paragraph.Clear();
            }
        }
        return count + paragraph.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
