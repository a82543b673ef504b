using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using V = DocumentFormat.OpenXml.Vml;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ContestServerless.Functions.Anthology;

/// <summary>
/// Carries one work's .docx into the book: every block of its body with its formatting, its styles (imported under
/// names of their own, so two works' "Normal" or "Heading 1" never clash and only the book's headings reach the contents),
/// its lists (definitions copied with new ids, so each work keeps its own numbering), its pictures (copied as new
/// parts), its links and its footnotes (and endnotes, which become footnotes). Comments, tracked changes (insertions
/// accepted, deletions dropped), section settings, embedded objects and macros stay behind; a note marks where something
/// the editor should know about was left out. A package beyond the limits below, or that the SDK cannot open, comes in
/// as plain text under a note.
/// </summary>
internal sealed class WorkImport(AnthologyBook book, int work)
{
    private const string ObjectNote = AnthologyBook.ObjectNote;
    private const string DrawingNote = AnthologyBook.DrawingNote;
    private const string PlainTextNote = AnthologyBook.PlainTextNote;

    /// <summary>Deeper than this, the XML is tables nested in tables many times over: no essay needs it, and the DOM recurses.</summary>
    private const int MaxXmlDepth = 160;
    private const long MaxDocumentXmlBytes = 32L * 1024 * 1024;
    private const long MaxPackageBytes = 512L * 1024 * 1024;
    private const long MaxPictureBytes = 25L * 1024 * 1024;
    private const long MaxPictureBytesPerWork = 150L * 1024 * 1024;
    private const int MaxPictures = 1000;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private readonly Dictionary<string, long> _sizes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _lists = [];
    private readonly Dictionary<(OpenXmlPart, string), string?> _pictures = [];
    private readonly Dictionary<string, int> _bookmarks = new(StringComparer.Ordinal);
    private Dictionary<string, Style> _sourceStyles = [];
    private Numbering? _sourceNumbering;
    private MainDocumentPart _source = null!;
    private long _pictureBytes;
    private int _pictureCount;

    public void Import(string path, CancellationToken cancellationToken)
    {
        if (!Survey(path, out var documentEntry))
        {
            PlainText(path, documentEntry, cancellationToken);
            return;
        }

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(path, false, new OpenSettings
            {
                // Office 2010+ markup (w14, wps…) resolves to what Word 2007 reads, so nothing needs mc:Ignorable in the book.
                MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.ProcessAllParts, FileFormatVersions.Office2007),
                MaxCharactersInPart = MaxDocumentXmlBytes,
            });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException)
        {
            PlainText(path, documentEntry, cancellationToken);
            return;
        }

        using (document)
        {
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                PlainText(path, documentEntry, cancellationToken);
                return;
            }
            _source = document.MainDocumentPart;
            _sourceStyles = _source.StyleDefinitionsPart?.Styles?.Elements<Style>()
                .Where(s => s.StyleId?.Value is not null)
                .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
            _sourceNumbering = _source.NumberingDefinitionsPart?.Numbering;

            if (_source.Parts.Any(p => p.OpenXmlPart is VbaProjectPart) || document.DocumentType != WordprocessingDocumentType.Document)
                book.Write(BookParts.Note("Tệp gốc có macro; macro không được chép vào tuyển tập."));

            foreach (var block in body.ChildElements.ToList())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (block is SectionProperties) continue;
                if (block is AltChunk)
                {
                    book.Write(BookParts.Note(ObjectNote));
                    continue;
                }
                var copy = block.CloneNode(true);
                if (Carry(copy, _source, toFootnotes: false) is { } carried) book.Write(carried);
            }
        }
    }

    /// <summary>
    /// Reads the package's directory without the SDK: its declared sizes (pictures are checked against them before they
    /// are copied), and whether the body is within the limits the DOM is safe with.
    /// </summary>
    private bool Survey(string path, out string documentEntry)
    {
        documentEntry = "word/document.xml";
        using var zip = ZipFile.OpenRead(path);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            _sizes[entry.FullName] = entry.Length;
            total += entry.Length;
        }
        var main = zip.Entries.FirstOrDefault(e => e.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase))
            ?? zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("/document.xml", StringComparison.OrdinalIgnoreCase));
        if (main is null) return false;
        documentEntry = main.FullName;
        if (total > MaxPackageBytes || main.Length > MaxDocumentXmlBytes) return false;
        using var reader = XmlReader.Create(main.Open(), Settings());
        try
        {
            while (reader.Read())
                if (reader.Depth > MaxXmlDepth) return false;
        }
        catch (XmlException)
        {
            return false;
        }
        return true;
    }

    private static XmlReaderSettings Settings() => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };

    /// <summary>The body's text, paragraph by paragraph, read as a stream: for a package the DOM should not be given.</summary>
    private void PlainText(string path, string documentEntry, CancellationToken cancellationToken)
    {
        book.Write(BookParts.Note(PlainTextNote));
        using var zip = ZipFile.OpenRead(path);
        if (zip.GetEntry(documentEntry) is not { } entry || entry.Length > 4 * MaxDocumentXmlBytes) return;
        var text = new System.Text.StringBuilder();
        try
        {
            using var reader = XmlReader.Create(entry.Open(), Settings());
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NamespaceURI != W) continue;
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && !reader.IsEmptyElement)
                    text.Append(reader.ReadElementContentAsString());
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "tab")
                    text.Append(' ');
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p" && text.Length > 0)
                {
                    book.Write(new Paragraph(BookParts.Plain(text.ToString())));
                    text.Clear();
                }
            }
        }
        catch (XmlException)
        {
            // What was read is in the book; the note above says to check it against the file.
        }
        if (text.Length > 0) book.Write(new Paragraph(BookParts.Plain(text.ToString())));
    }

    /// <summary>The block made fit for the book, or null when nothing of it is left.</summary>
    private OpenXmlElement? Carry(OpenXmlElement block, OpenXmlPart from, bool toFootnotes)
    {
        LeaveBehind(block);
        Remap(block, from, toFootnotes);
        return block;
    }

    /// <summary>Removes what the book does not carry: revisions (accepting insertions), comments, sections, objects.</summary>
    private static void LeaveBehind(OpenXmlElement block)
    {
        foreach (var element in block.Descendants().ToList())
        {
            if (!IsWithin(element, block)) continue;
            switch (element)
            {
                case DeletedRun or MoveFromRun or MoveFromRangeStart or MoveFromRangeEnd or MoveToRangeStart or MoveToRangeEnd
                    or CommentRangeStart or CommentRangeEnd or CommentReference or PermStart or PermEnd or ProofError
                    or SectionProperties or ParagraphPropertiesChange or RunPropertiesChange or SectionPropertiesChange
                    or TablePropertiesChange or TableRowPropertiesChange or TableCellPropertiesChange or TableGridChange
                    or TablePropertyExceptionsChange or ParagraphMarkRunPropertiesChange or NumberingChange
                    or CellInsertion or CellDeletion or CellMerge or CustomXmlInsRangeStart or CustomXmlInsRangeEnd
                    or CustomXmlDelRangeStart or CustomXmlDelRangeEnd or CustomXmlMoveFromRangeStart or CustomXmlMoveFromRangeEnd
                    or CustomXmlMoveToRangeStart or CustomXmlMoveToRangeEnd or DataBinding or SdtId or SubDocumentReference
                    or ContentPart or OpenXmlUnknownElement or LastRenderedPageBreak
                    // Extensions to a picture (Office 2010's effects) may point to parts of their own; the picture needs none.
                    or A.BlipExtensionList or A.HyperlinkOnClick or A.HyperlinkOnHover:
                    element.Remove();
                    break;
                case Deleted or MoveFrom when element.Parent is TableRowProperties:
                    element.Ancestors<TableRow>().FirstOrDefault()?.Remove();
                    break;
                case Inserted or Deleted or MoveFrom or MoveTo:
                    element.Remove();
                    break;
                case InsertedRun or MoveToRun:
                    Unwrap(element);
                    break;
                case EmbeddedObject:
                    ReplaceRun(element, ObjectNote);
                    break;
                case AltChunk:
                    element.Remove();
                    break;
                case Drawing drawing when drawing.Descendants<A.GraphicData>().Any(g => g.Uri?.Value != PictureUri):
                    ReplaceRun(element, DrawingNote);
                    break;
            }
        }
        foreach (var paragraph in block.Descendants<Paragraph>().Append(block as Paragraph))
            paragraph?.ParagraphProperties?.SectionProperties?.Remove();
    }

    private static bool IsWithin(OpenXmlElement element, OpenXmlElement root)
    {
        for (var at = element; at is not null; at = at.Parent)
            if (ReferenceEquals(at, root)) return true;
        return false;
    }

    private static void Unwrap(OpenXmlElement wrapper)
    {
        foreach (var child in wrapper.ChildElements.ToList())
        {
            child.Remove();
            wrapper.InsertBeforeSelf(child);
        }
        wrapper.Remove();
    }

    /// <summary>The run holding <paramref name="element"/> becomes a highlighted note; outside a run, the element goes.</summary>
    private static void ReplaceRun(OpenXmlElement element, string note)
    {
        if (element.Ancestors<Run>().FirstOrDefault() is { Parent: not null } run) run.InsertBeforeSelf(BookParts.NoteRun(note));
        (element.Ancestors<Run>().FirstOrDefault() ?? element).Remove();
    }

    /// <summary>Gives every reference the book's id: styles, lists, pictures, links, notes, bookmarks, drawings.</summary>
    private void Remap(OpenXmlElement block, OpenXmlPart from, bool toFootnotes)
    {
        foreach (var element in block.Descendants().Prepend(block).ToList())
        {
            if (!IsWithin(element, block)) continue;
            switch (element)
            {
                case ParagraphStyleId style:
                    if (Style(style.Val?.Value) is { } paragraphStyle) style.Val = paragraphStyle; else style.Remove();
                    break;
                case RunStyle style:
                    if (Style(style.Val?.Value) is { } runStyle) style.Val = runStyle; else style.Remove();
                    break;
                case TableStyle style:
                    if (Style(style.Val?.Value) is { } tableStyle) style.Val = tableStyle; else style.Remove();
                    break;
                case NumberingId list when list.Val?.Value is > 0:
                    list.Val = List(list.Val.Value);
                    break;
                case A.Blip blip:
                    blip.Link = null;
                    if (blip.Embed?.Value is { } embedded && Picture(from, toFootnotes, embedded) is { } picture) blip.Embed = picture;
                    else ReplaceRun(blip, PictureNote(from, blip.Embed?.Value));
                    break;
                case V.ImageData image:
                    if (image.RelationshipId?.Value is { } linked && Picture(from, toFootnotes, linked) is { } vmlPicture) image.RelationshipId = vmlPicture;
                    else ReplaceRun(image, PictureNote(from, image.RelationshipId?.Value));
                    break;
                case Hyperlink link:
                    link.Id = link.Id?.Value is { } linkId ? Link(from, toFootnotes, linkId) : null;
                    if (link.Anchor?.Value is { } anchor) link.Anchor = Bookmark(anchor);
                    break;
                case FootnoteReference reference when toFootnotes:
                    element.Remove();
                    break;
                case FootnoteReference reference:
                    reference.Id = Footnote(reference.Id?.Value, endnote: false);
                    break;
                case EndnoteReference reference when toFootnotes:
                    element.Remove();
                    break;
                case EndnoteReference reference:
                    reference.InsertBeforeSelf(new FootnoteReference { Id = Footnote(reference.Id?.Value, endnote: true) });
                    reference.Remove();
                    break;
                case EndnoteReferenceMark mark:
                    mark.InsertBeforeSelf(new FootnoteReferenceMark());
                    mark.Remove();
                    break;
                case BookmarkStart start:
                    start.Id = BookmarkId(start.Id?.Value);
                    if (start.Name?.Value is { } name) start.Name = Bookmark(name);
                    break;
                case BookmarkEnd end:
                    end.Id = BookmarkId(end.Id?.Value);
                    break;
                case Wp.DocProperties properties:
                    properties.Id = book.Definitions.NextDrawing();
                    break;
            }
            // A reference to a part this import does not carry (a chart, an OLE object, a custom part) would point nowhere.
            if (IsWithin(element, block) && element is not (A.Blip or V.ImageData or Hyperlink)
                && element.GetAttributes().Any(a => a.NamespaceUri == RelationshipsNamespace))
                ReplaceRun(element, DrawingNote);
        }
    }

    private string PictureNote(OpenXmlPart from, string? id) =>
        id is not null && from.Parts.FirstOrDefault(p => p.RelationshipId == id).OpenXmlPart is ImagePart part && SizeOf(part) > MaxPictureBytes
            ? $"[Hình ảnh quá lớn ({SizeOf(part) / (1024 * 1024)} MB) đã được lược bỏ — Ban Biên tập lấy ảnh từ tệp gốc]"
            : "[Hình ảnh không chép được — xem tệp gốc]";

    private long SizeOf(OpenXmlPart part) => _sizes.GetValueOrDefault(part.Uri.OriginalString.TrimStart('/'), long.MaxValue);

    /// <summary>The picture copied into the book's part (once, however often the work shows it); null when it cannot be.</summary>
    private string? Picture(OpenXmlPart from, bool toFootnotes, string id)
    {
        if (_pictures.TryGetValue((from, id), out var known)) return known;
        string? copied = null;
        if (from.Parts.FirstOrDefault(p => p.RelationshipId == id).OpenXmlPart is ImagePart source)
        {
            var size = SizeOf(source);
            if (size <= MaxPictureBytes && _pictureBytes + size <= MaxPictureBytesPerWork && _pictureCount < MaxPictures)
            {
                using (var input = source.GetStream(FileMode.Open, FileAccess.Read))
                    copied = book.Package.AddPicture(toFootnotes, source.ContentType, input);
                _pictureBytes += size;
                _pictureCount++;
            }
        }
        _pictures[(from, id)] = copied;
        return copied;
    }

    private string? Link(OpenXmlPart from, bool toFootnotes, string id) =>
        from.HyperlinkRelationships.FirstOrDefault(r => r.Id == id) is { } relationship
            ? book.Package.AddLink(toFootnotes, relationship.Uri, relationship.IsExternal)
            : null;

    private string Bookmark(string name)
    {
        var renamed = $"W{work}_{name}";
        return renamed.Length <= 40 ? renamed : renamed[..40];
    }

    private string BookmarkId(string? id)
    {
        var key = id ?? "";
        if (!_bookmarks.TryGetValue(key, out var mapped)) _bookmarks[key] = mapped = book.Definitions.NextBookmark();
        return mapped.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The note copied into the book's footnotes under a new id (an endnote becomes a footnote).</summary>
    private int Footnote(long? id, bool endnote)
    {
        var number = book.Definitions.NextFootnote();
        OpenXmlElement? source = endnote
            ? _source.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(n => n.Id?.Value == id)
            : _source.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(n => n.Id?.Value == id);
        OpenXmlPart? from = endnote ? _source.EndnotesPart : _source.FootnotesPart;
        var footnote = new Footnote { Id = number };
        if (source is not null && from is not null)
            foreach (var child in source.ChildElements)
            {
                var copy = child.CloneNode(true);
                LeaveBehind(copy);
                Remap(copy, from, toFootnotes: true);
                footnote.Append(copy);
            }
        if (!footnote.HasChildren)
            footnote.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = BookParts.FootnoteText }),
                new Run(new RunProperties(new RunStyle { Val = BookParts.FootnoteReference }), new FootnoteReferenceMark()), BookParts.Plain(" ")));
        book.WriteFootnote(footnote);
        return number;
    }

    /// <summary>
    /// The book's id for a style of the work: the work's defaults and notes map to the book's own; any other is copied
    /// under an id and a name of its own, with what it is based on, but without an outline level (only the book's
    /// headings belong in the contents). Null for a style the work does not define.
    /// </summary>
    private string? Style(string? id)
    {
        if (id is null) return null;
        if (_styles.TryGetValue(id, out var known)) return known;
        if (!_sourceStyles.TryGetValue(id, out var source)) return _styles[id] = null;

        var name = source.StyleName?.Val?.Value ?? id;
        var mapped = name.ToLowerInvariant() switch
        {
            _ when source.Default?.Value == true && source.Type?.Value == StyleValues.Paragraph => BookParts.Normal,
            _ when source.Default?.Value == true && source.Type?.Value == StyleValues.Character => BookParts.DefaultParagraphFont,
            _ when source.Default?.Value == true && source.Type?.Value == StyleValues.Table => BookParts.TableNormal,
            _ when source.Default?.Value == true && source.Type?.Value == StyleValues.Numbering => BookParts.NoList,
            "footnote text" or "endnote text" => BookParts.FootnoteText,
            "footnote reference" or "endnote reference" => BookParts.FootnoteReference,
            _ => null,
        };
        if (mapped is not null) return _styles[id] = mapped;

        var newId = $"W{work}-{id}";
        _styles[id] = newId; // before the style it is based on, so a loop of basedOn ends here
        var copy = (Style)source.CloneNode(true);
        copy.StyleId = newId;
        copy.Default = null;
        copy.StyleName = new StyleName { Val = $"{name} (bài {work})" };
        copy.LinkedStyle?.Remove();
        copy.NextParagraphStyle?.Remove();
        copy.Aliases?.Remove();
        copy.Rsid?.Remove();
        if (copy.BasedOn is { } basedOn)
        {
            if (Style(basedOn.Val?.Value) is { } parent) basedOn.Val = parent; else basedOn.Remove();
        }
        copy.StyleParagraphProperties?.OutlineLevel?.Remove();
        if (copy.StyleParagraphProperties?.NumberingProperties?.NumberingId is { Val.Value: > 0 } list)
            list.Val = List(list.Val!.Value);
        foreach (var change in copy.Descendants().Where(e => e is ParagraphPropertiesChange or RunPropertiesChange or TablePropertiesChange).ToList())
            change.Remove();
        book.Definitions.Add(copy);
        return newId;
    }

    /// <summary>The book's id for a list of the work: its definition copied under new ids, so each work's lists count on their own.</summary>
    private int List(int id)
    {
        if (_lists.TryGetValue(id, out var known)) return known;
        _lists[id] = 0;
        var instance = _sourceNumbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
        var definition = Definition(instance);
        if (instance is null || definition is null) return 0;

        var abstractCopy = (AbstractNum)definition.CloneNode(true);
        abstractCopy.Nsid = new Nsid { Val = Convert.ToHexString(BitConverter.GetBytes(Random.Shared.Next())) };
        abstractCopy.NumberingStyleLink?.Remove();
        abstractCopy.StyleLink?.Remove();
        foreach (var level in abstractCopy.Elements<Level>())
        {
            level.LevelPictureBulletId?.Remove();
            if (level.ParagraphStyleIdInLevel is { } levelStyle)
            {
                if (Style(levelStyle.Val?.Value) is { } mapped) levelStyle.Val = mapped; else levelStyle.Remove();
            }
        }
        var abstractId = book.Definitions.Add(abstractCopy);

        var list = new NumberingInstance(new AbstractNumId { Val = abstractId });
        foreach (var over in instance.Elements<LevelOverride>()) list.Append(over.CloneNode(true));
        foreach (var level in list.Descendants<Level>()) level.LevelPictureBulletId?.Remove();
        return _lists[id] = book.Definitions.Add(list);
    }

    /// <summary>A list's definition; one that only links to a numbering style is followed to the definition that style uses.</summary>
    private AbstractNum? Definition(NumberingInstance? instance)
    {
        var definitions = _sourceNumbering?.Elements<AbstractNum>().ToList() ?? [];
        var definition = definitions.FirstOrDefault(a => a.AbstractNumberId?.Value == instance?.AbstractNumId?.Val?.Value);
        for (var hops = 0; definition?.NumberingStyleLink?.Val?.Value is { } link && !definition.Elements<Level>().Any() && hops < 5; hops++)
        {
            var numId = _sourceStyles.GetValueOrDefault(link)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
            var linked = _sourceNumbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            definition = definitions.FirstOrDefault(a => a.AbstractNumberId?.Value == linked?.AbstractNumId?.Val?.Value);
        }
        return definition is not null && definition.Elements<Level>().Any() ? definition : null;
    }
}
