using System.IO.Compression;
using System.Text;
using System.Xml;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// Writes a .docx without what names its author outside the text: the document properties (core.xml emptied,
/// Company/Manager out of app.xml, custom.xml dropped), the author and initials of every comment and tracked
/// change, the people Word remembers (people.xml) and the path of the template it was made from; and scans the
/// text of the body, headers, footers, notes and comments while it streams past.
/// The package is rewritten part by part from one ZIP into another, never loaded as a whole: XML parts through
/// an XmlReader/XmlWriter pair, pictures copied as they are. Every part is inflated through a
/// <see cref="BoundedStream"/> under the same <see cref="DocxLimits"/> the upload check applies, so a ZIP bomb
/// is refused after a bounded amount of work.
/// </summary>
public static class DocxCleaner
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

    private const string EmptyCore =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        $"<cp:coreProperties xmlns:cp=\"{CoreProperties}\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" " +
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>";

    // ZIP entries carry a modification time; the copy's say nothing about when the original was saved.
    private static readonly DateTimeOffset NoTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> CoreLabels = new(StringComparer.Ordinal)
    {
        ["creator"] = "Người tạo",
        ["lastModifiedBy"] = "Người sửa cuối",
        ["title"] = "Tiêu đề",
        ["subject"] = "Chủ đề",
        ["keywords"] = "Từ khóa",
        ["description"] = "Mô tả",
        ["category"] = "Thể loại",
        ["contentStatus"] = "Trạng thái",
        ["identifier"] = "Mã định danh",
        ["language"] = "Ngôn ngữ",
        ["version"] = "Phiên bản",
        ["revision"] = "Số lần sửa",
        ["created"] = "Ngày tạo",
        ["modified"] = "Ngày sửa",
        ["lastPrinted"] = "Ngày in",
    };

    private static readonly Dictionary<string, string> AppLabels = new(StringComparer.Ordinal)
    {
        ["Company"] = "Công ty",
        ["Manager"] = "Người quản lý",
        ["HyperlinkBase"] = "Địa chỉ liên kết gốc",
    };

    private const string CommentAuthors = "Tác giả nhận xét";
    private const string RevisionAuthors = "Tác giả sửa đổi (theo dõi thay đổi)";
    private const string People = "Danh sách người sửa";
    private const string Custom = "Thuộc tính tùy chỉnh";
    private const string Template = "Đường dẫn mẫu tài liệu";

    private const string Unreadable = "Tệp Word (.docx) không đọc được nên không tự làm được bản cho giám khảo";

    public static FileCleaning Clean(Stream source, Stream destination, IdentityScanner scanner, DocxLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
            long declared = 0;
            foreach (var entry in input.Entries) declared += entry.Length;
            if (declared > limits.MaxPackageBytes) return FileCleaning.Refused(TooLarge(limits.MaxPackageBytes));

            var roles = RolesOf(input);
            var removed = new List<string>();
            var collector = new HitCollector(scanner);
            long budget = limits.MaxPackageBytes;
            using (var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var name = entry.FullName;
                    if (roles.Custom.Contains(name))
                    {
                        Note(removed, Custom);
                        continue;
                    }
                    var kind = KindOf(name, roles);
                    if (kind == PartKind.Copied)
                    {
                        budget -= CopyPart(entry, output, budget);
                        continue;
                    }
                    if (entry.Length > limits.MaxDocumentXmlBytes) return FileCleaning.Refused(TooLarge(limits.MaxDocumentXmlBytes));
                    var bound = Math.Min(Math.Min(limits.MaxDocumentXmlBytes, budget),
                        Math.Max(limits.RatioAppliesFromBytes, entry.CompressedLength * limits.MaxCompressionRatio));
                    using var read = new BoundedStream(entry.Open(), bound);
                    var target = output.CreateEntry(name, CompressionLevel.Optimal);
                    target.LastWriteTime = NoTime;
                    using (var write = target.Open())
                    {
                        if (kind == PartKind.Core)
                        {
                            foreach (var field in FilledChildren(read)) Note(removed, CoreLabels.GetValueOrDefault(field, field));
                            write.Write(Encoding.UTF8.GetBytes(EmptyCore));
                        }
                        else
                        {
                            Filter(read, write, kind, PlaceOf(name), collector, removed, roles);
                        }
                    }
                    budget -= read.BytesRead;
                }
            }
            return new FileCleaning(removed, collector.Hits);
        }
        catch (StreamLimitExceededException)
        {
            return FileCleaning.Refused(TooLarge(limits.MaxPackageBytes));
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or ArgumentException)
        {
            return FileCleaning.Refused(Unreadable);
        }
    }

    private enum PartKind { Copied, Core, App, Settings, Rels, ContentTypes, People, Word, CustomXml }

    /// <summary>
    /// The parts that hold the document properties. Word names them docProps/core.xml, app.xml and custom.xml, but
    /// a package finds them through its relationships, and other writers choose other names (System.IO.Packaging
    /// writes package/services/metadata/core-properties/….psmdcp).
    /// </summary>
    private sealed record Roles(HashSet<string> Core, HashSet<string> App, HashSet<string> Custom);

    private static Roles RolesOf(ZipArchive package)
    {
        var roles = new Roles(
            new(StringComparer.OrdinalIgnoreCase) { "docProps/core.xml" },
            new(StringComparer.OrdinalIgnoreCase) { "docProps/app.xml" },
            new(StringComparer.OrdinalIgnoreCase) { "docProps/custom.xml" });
        if (package.GetEntry("_rels/.rels") is not { } rels) return roles;
        using var reader = Reader(new BoundedStream(rels.Open(), 1024 * 1024));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var type = reader.GetAttribute("Type") ?? "";
            var target = (reader.GetAttribute("Target") ?? "").TrimStart('/');
            if (type.EndsWith("/metadata/core-properties", StringComparison.OrdinalIgnoreCase)) roles.Core.Add(target);
            else if (type.EndsWith("/extended-properties", StringComparison.OrdinalIgnoreCase)) roles.App.Add(target);
            else if (type.EndsWith("/custom-properties", StringComparison.OrdinalIgnoreCase)) roles.Custom.Add(target);
        }
        return roles;
    }

    private static PartKind KindOf(string name, Roles roles)
    {
        if (roles.Core.Contains(name)) return PartKind.Core;
        if (roles.App.Contains(name)) return PartKind.App;
        if (Is(name, "[Content_Types].xml")) return PartKind.ContentTypes;
        if (Is(name, "word/people.xml")) return PartKind.People;
        if (Is(name, "word/settings.xml")) return PartKind.Settings;
        if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) return PartKind.Rels;
        if (name.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            return PartKind.Word;
        if (name.StartsWith("customXml/item", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            return PartKind.CustomXml;
        return PartKind.Copied;
    }

    /// <summary>Where a part's text shows in Word; null for parts whose text is not scanned.</summary>
    private static string? PlaceOf(string name)
    {
        var file = Path.GetFileName(name).ToLowerInvariant();
        if (!name.StartsWith("word/", StringComparison.OrdinalIgnoreCase) || name.IndexOf('/', 5) >= 0)
            return name.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase) ? IdentityPlaces.AttachedData : null;
        if (file == "document.xml") return IdentityPlaces.Body;
        if (file.StartsWith("header", StringComparison.Ordinal)) return IdentityPlaces.Header;
        if (file.StartsWith("footer", StringComparison.Ordinal)) return IdentityPlaces.Footer;
        if (file is "footnotes.xml" or "endnotes.xml") return IdentityPlaces.Note;
        if (file == "comments.xml") return IdentityPlaces.Comment;
        return null;
    }

    private static bool Is(string name, string part) => string.Equals(name, part, StringComparison.OrdinalIgnoreCase);

    private static void Note(List<string> removed, string label)
    {
        if (!removed.Contains(label)) removed.Add(label);
    }

    /// <summary>Copies a part that is not XML to clean (pictures, fonts, thumbnails), inflating no more than the budget left.</summary>
    private static long CopyPart(ZipArchiveEntry entry, ZipArchive output, long budget)
    {
        // Pictures are compressed already; deflating them again costs time and saves nothing.
        var level = entry.Length > 0 && entry.CompressedLength >= entry.Length * 9 / 10 ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var target = output.CreateEntry(entry.FullName, level);
        target.LastWriteTime = NoTime;
        if (entry.FullName.EndsWith('/')) return 0;
        using var read = new BoundedStream(entry.Open(), budget);
        using var write = target.Open();
        read.CopyTo(write, 81920);
        return read.BytesRead;
    }

    private static XmlReader Reader(Stream input) => XmlReader.Create(input, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        CloseInput = false,
    });

    /// <summary>The names of the elements under the root that hold some text (core.xml's filled fields).</summary>
    private static List<string> FilledChildren(Stream input)
    {
        var filled = new List<string>();
        using var reader = Reader(input);
        reader.MoveToContent();
        if (reader.IsEmptyElement) return filled;
        reader.Read();
        while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            var name = reader.LocalName;
            if (reader.ReadInnerXml().Trim().Length > 0 && !filled.Contains(name)) filled.Add(name);
        }
        return filled;
    }

    /// <summary>
    /// Copies one XML part node by node, leaving out what names a person, and hands the text of Word's text
    /// elements (or, in custom XML, all text) to the collector labelled <paramref name="where"/>.
    /// </summary>
    private static void Filter(Stream input, Stream output, PartKind kind, string? where, HitCollector collector, List<string> removed, Roles roles)
    {
        using var reader = Reader(input);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            CloseOutput = false,
            NewLineHandling = NewLineHandling.None,
        });
        writer.WriteStartDocument(standalone: true);
        var chunk = new char[8192];
        var inText = false;
        reader.Read();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (Dropped(reader, kind, removed, roles)) continue; // the reader already stands on the next node
                    var isWord = reader.NamespaceURI == W;
                    var comment = isWord && reader.LocalName == "comment";
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    while (reader.MoveToNextAttribute())
                    {
                        if (reader.NamespaceURI == W && reader.LocalName is "author" or "initials")
                        {
                            if (reader.Value.Trim().Length > 0) Note(removed, comment ? CommentAuthors : RevisionAuthors);
                            continue;
                        }
                        writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
                    }
                    reader.MoveToElement();
                    if (where is not null && isWord)
                    {
                        if (reader.LocalName is "t" or "delText" or "instrText") inText = !reader.IsEmptyElement;
                        else if (reader.LocalName is "tab" or "br" or "cr") collector.Append(" ", where);
                    }
                    if (reader.IsEmptyElement) writer.WriteEndElement();
                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    if (where is not null)
                    {
                        if (reader.NamespaceURI == W && reader.LocalName is "t" or "delText" or "instrText") inText = false;
                        else if (reader.NamespaceURI == W && reader.LocalName == "p" || kind == PartKind.CustomXml) collector.EndParagraph(where);
                    }
                    break;
                case XmlNodeType.Text:
                    int read;
                    while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        writer.WriteChars(chunk, 0, read);
                        if (where is not null && (inText || kind == PartKind.CustomXml)) collector.Append(chunk.AsSpan(0, read), where);
                    }
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    if (where is not null && inText) collector.Append(reader.Value, where);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    if (where is not null && (inText || kind == PartKind.CustomXml)) collector.Append(reader.Value, where);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    writer.WriteProcessingInstruction(reader.Name, reader.Value);
                    break;
            }
            reader.Read();
        }
        if (where is not null) collector.EndParagraph(where);
        writer.WriteEndDocument();
    }

    /// <summary>
    /// Whether the element the reader stands on is left out with everything in it; when it is, the reader has
    /// moved past it.
    /// </summary>
    private static bool Dropped(XmlReader reader, PartKind kind, List<string> removed, Roles roles)
    {
        string? label = kind switch
        {
            PartKind.App when reader.NamespaceURI == ExtendedProperties && AppLabels.TryGetValue(reader.LocalName, out var app) => app,
            PartKind.People when reader.NamespaceURI == W15 && reader.LocalName == "person" => People,
            PartKind.Settings when reader.NamespaceURI == W && reader.LocalName == "attachedTemplate" => Template,
            PartKind.Rels when reader.NamespaceURI == Relationships && reader.LocalName == "Relationship"
                && ((reader.GetAttribute("Type") ?? "").EndsWith("/attachedTemplate", StringComparison.Ordinal)
                    || roles.Custom.Contains((reader.GetAttribute("Target") ?? "").TrimStart('/'))) => "",
            PartKind.ContentTypes when reader.NamespaceURI == ContentTypes && reader.LocalName == "Override"
                && roles.Custom.Contains((reader.GetAttribute("PartName") ?? "").TrimStart('/')) => "",
            _ => null,
        };
        if (label is null) return false;
        var content = reader.ReadOuterXml();
        if (label.Length > 0 && content.Length > 0 && (kind != PartKind.App || HasText(content))) Note(removed, label);
        return true;
    }

    private static bool HasText(string elementXml)
    {
        var start = elementXml.IndexOf('>');
        return start >= 0 && !elementXml.EndsWith("/>", StringComparison.Ordinal) && elementXml.IndexOf('<', start) > start + 1;
    }

    private static string TooLarge(long limit) =>
        $"Tệp Word (.docx) khi giải nén vượt quá {limit / (1024 * 1024)} MB nên không tự làm được bản cho giám khảo";
}
