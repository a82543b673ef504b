using System.IO.Compression;
using System.Security;
using System.Text;

namespace ContestServerless.Functions.Anthology;

/// <summary>
/// The book's package, written front to back as a ZIP: a picture goes in the moment it is met, the parts that every
/// work adds to (body, footnotes, styles, lists) at the end, then the relationships and content types. The Open XML SDK
/// cannot write a package without holding it (it reads back what it wrote), so the few files of the package format are
/// written here, and the SDK serializes the XML of each part.
/// </summary>
internal sealed class BookPackage(Stream output) : IDisposable
{
    public const string Document = "word/document.xml";
    public const string Footnotes = "word/footnotes.xml";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);
    private readonly List<(string Id, string Type, string Target, bool External)> _documentRelationships = [];
    private readonly List<(string Id, string Type, string Target, bool External)> _footnoteRelationships = [];
    private readonly Dictionary<string, string> _defaults = new(StringComparer.Ordinal) { ["rels"] = "application/vnd.openxmlformats-package.relationships+xml", ["xml"] = "application/xml" };
    private readonly List<(string Part, string ContentType)> _overrides = [];
    private int _pictures;

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png", ["image/jpeg"] = "jpeg", ["image/jpg"] = "jpeg", ["image/gif"] = "gif", ["image/bmp"] = "bmp",
        ["image/tiff"] = "tiff", ["image/x-emf"] = "emf", ["image/x-wmf"] = "wmf", ["image/svg+xml"] = "svg", ["image/x-icon"] = "ico",
    };

    /// <summary>Copies a picture into the book; the id of its relationship from the body (or from the footnotes).</summary>
    public string AddPicture(bool fromFootnotes, string contentType, Stream data)
    {
        var number = ++_pictures;
        var extension = Extensions.GetValueOrDefault(contentType, "bin");
        var name = $"media/image{number}.{extension}";
        if (extension == "bin") _overrides.Add(($"/word/{name}", contentType));
        else _defaults.TryAdd(extension, contentType);
        // Photographs are compressed already; deflating them again costs time and saves nothing.
        var entry = _zip.CreateEntry("word/" + name, extension is "png" or "jpeg" or "gif" ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
        using (var target = entry.Open()) data.CopyTo(target);
        return Relate(fromFootnotes, "image", name, external: false);
    }

    /// <summary>A hyperlink's relationship from the body (or from the footnotes).</summary>
    public string AddLink(bool fromFootnotes, Uri target, bool external) =>
        Relate(fromFootnotes, "hyperlink", target.OriginalString, external);

    public string Relate(bool fromFootnotes, string type, string target, bool external)
    {
        var list = fromFootnotes ? _footnoteRelationships : _documentRelationships;
        var id = $"rId{list.Count + 1}";
        list.Add((id, $"{OfficeRelationships}/{type}", target, external));
        return id;
    }

    /// <summary>Writes a part of the package with its content type; <paramref name="write"/> fills it.</summary>
    public void AddPart(string path, string contentType, Action<Stream> write)
    {
        _overrides.Add(("/" + path, contentType));
        using var stream = _zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        write(stream);
    }

    /// <summary>The relationships and content types, then the ZIP's directory.</summary>
    public void Close(string title)
    {
        WriteText("word/_rels/document.xml.rels", Relationships(_documentRelationships));
        if (_footnoteRelationships.Count > 0) WriteText("word/_rels/footnotes.xml.rels", Relationships(_footnoteRelationships));
        WriteText("docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + SecurityElement.Escape(title) + "</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>");
        _overrides.Add(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"));
        WriteText("_rels/.rels", Relationships([
            ("rId1", $"{OfficeRelationships}/officeDocument", Document, false),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", false)]));

        var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        foreach (var (extension, type) in _defaults) types.Append($"<Default Extension=\"{extension}\" ContentType=\"{SecurityElement.Escape(type)}\"/>");
        foreach (var (part, type) in _overrides) types.Append($"<Override PartName=\"{SecurityElement.Escape(part)}\" ContentType=\"{SecurityElement.Escape(type)}\"/>");
        types.Append("</Types>");
        WriteText("[Content_Types].xml", types.ToString());
        _zip.Dispose();
    }

    private static string Relationships(IEnumerable<(string Id, string Type, string Target, bool External)> relationships)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target, external) in relationships)
            xml.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{SecurityElement.Escape(target)}\"{(external ? " TargetMode=\"External\"" : "")}/>");
        return xml.Append("</Relationships>").ToString();
    }

    private void WriteText(string path, string text)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    public void Dispose() => _zip.Dispose();
}
