using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DrawingWord = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Vml = DocumentFormat.OpenXml.Vml;

namespace ContestServerless.Functions.Reading;

/// <summary>
/// Writes a Word document's body as a page fragment. The body is streamed with an <see cref="OpenXmlReader"/> and
/// only one top-level block (a paragraph or a table) is loaded at a time. What is shown is only what the document
/// says: inserted text is taken as accepted and deleted text dropped, with no revision author; comments, headers,
/// footers, field codes, document properties, macros and embedded objects are never read into the page.
/// </summary>
public sealed class DocxPage
{
    public const string PictureOverLimit = "Hình ảnh không hiển thị do vượt giới hạn";
    public const string PictureFormat = "Hình ảnh ở định dạng không hiển thị được trên trang";
    public const string PictureMissing = "Hình ảnh không đọc được";
    public const string EmbeddedObjectNotice = "Đối tượng nhúng (bảng tính, tệp đính kèm…) không hiển thị trên trang";
    public const string Chart = "Biểu đồ không hiển thị trên trang";
    public const string PictureWithoutDescription = "Hình ảnh trong bài";

    private static readonly Dictionary<string, string> PictureTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "image/png",
        ["image/jpeg"] = "image/jpeg",
        ["image/jpg"] = "image/jpeg",
        ["image/gif"] = "image/gif",
    };

    private readonly HtmlFragment _html;
    private readonly ReadingLimits _limits;
    private readonly DocxStyles _styles;
    private readonly MainDocumentPart _main;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Open lists, innermost last: each holds an open item.</summary>
    private readonly List<bool> _lists = [];

    /// <summary>Notes in the order the body refers to them: (footnote?, id in its part) → the number shown.</summary>
    private readonly List<(bool Footnote, long Id)> _notes = [];

    private int _pictures;
    private long _pictureBytes;
    private int _textBoxDepth;

    private DocxPage(HtmlFragment html, ReadingLimits limits, MainDocumentPart main, CancellationToken cancellationToken)
    {
        _html = html;
        _limits = limits;
        _main = main;
        _styles = new DocxStyles(main);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Writes the document's body and then its notes into <paramref name="html"/>.</summary>
    public static void Write(WordprocessingDocument document, HtmlFragment html, ReadingLimits limits, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var page = new DocxPage(html, limits, main, cancellationToken);
        page.WriteBody();
        page.WriteNotes();
    }

    private void WriteBody()
    {
        using var reader = OpenXmlReader.Create(_main);
        if (!reader.Read()) return;
        while (!reader.EOF)
        {
            // Children of w:body sit at depth 2 (w:document, w:body, block).
            if (reader.IsStartElement && reader.Depth == 2 && reader.ElementType != typeof(SectionProperties))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                Block(reader.LoadCurrentElement()!, _main, 1);
            }
            else if (!reader.Read()) break;
        }
        CloseLists();
    }

    private void Block(OpenXmlElement element, OpenXmlPart part, int tableDepth)
    {
        switch (element)
        {
            case Paragraph paragraph:
                Paragraph(paragraph, part);
                break;
            case Table table:
                CloseLists();
                Table(table, part, tableDepth);
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>()) Block(child, part, tableDepth);
                break;
            case CustomXmlBlock custom:
                foreach (var child in custom.ChildElements) Block(child, part, tableDepth);
                break;
            case AlternateContent alternate:
                if (Branch(alternate) is { } branch) foreach (var child in branch.ChildElements) Block(child, part, tableDepth);
                break;
            case AltChunk:
                CloseLists();
                Placeholder(EmbeddedObjectNotice, asBlock: true);
                break;
        }
    }

    private void Paragraph(Paragraph paragraph, OpenXmlPart part)
    {
        var properties = paragraph.ParagraphProperties;
        var heading = _styles.HeadingLevel(properties);
        var item = heading is null ? _styles.ListItem(properties) : null;
        if (item is { } listItem) OpenItem(listItem.Level, listItem.Bulleted);
        else CloseLists();

        var mark = _html.Mark();
        if (heading is { } level) _html.Open($"h{level}");
        else if (_styles.IsCaption(properties)) _html.Open("p", ("class", HtmlFragment.Classes.Caption));
        else _html.Open("p");
        var depth = _html.Depth;
        Inline(paragraph, part, depth);
        _html.CloseTo(depth - 1);
        // An empty paragraph is spacing in Word; on a page it is an empty element a screen reader stops at.
        if (_html.Content == mark.Content) _html.Rollback(mark);
        else _html.EndLine();
    }

    private void Inline(OpenXmlElement parent, OpenXmlPart part, int depth)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties:
                case DeletedRun:
                case MoveFromRun:
                    break;
                case Run run:
                    Run(run, part, depth);
                    break;
                case Hyperlink link:
                    Link(link, part, depth);
                    break;
                case SdtRun sdt:
                    if (sdt.SdtContentRun is { } content) Inline(content, part, depth);
                    break;
                case AlternateContent alternate:
                    if (Branch(alternate) is { } branch) Inline(branch, part, depth);
                    break;
                case DocumentFormat.OpenXml.Math.Paragraph or DocumentFormat.OpenXml.Math.OfficeMath:
                    _html.CloseTo(depth);
                    _html.Write(string.Concat(child.Descendants<DocumentFormat.OpenXml.Math.Text>().Select(t => t.Text)));
                    break;
                case InsertedRun or MoveToRun or SimpleField or CustomXmlRun or BidirectionalOverride or BidirectionalEmbedding:
                    Inline(child, part, depth);
                    break;
            }
        }
    }

    private void Run(Run run, OpenXmlPart part, int depth)
    {
        var format = Format(run.RunProperties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    Formatted(format, depth);
                    _html.Write(text.Text);
                    break;
                case TabChar or PositionalTab:
                    Formatted(format, depth);
                    _html.Write(" ");
                    break;
                case NoBreakHyphen:
                    Formatted(format, depth);
                    _html.Write("-");
                    break;
                case Break { Type.Value: var type } when type == BreakValues.Page || type == BreakValues.Column:
                    break;
                case Break or CarriageReturn:
                    _html.CloseTo(depth);
                    _html.Void("br");
                    _html.AddToText("\n");
                    break;
                case Drawing drawing:
                    _html.CloseTo(depth);
                    Drawing(drawing, part, depth);
                    break;
                case Picture picture:
                    _html.CloseTo(depth);
                    Vml(picture, part, depth);
                    break;
                case EmbeddedObject:
                    _html.CloseTo(depth);
                    Placeholder(EmbeddedObjectNotice, asBlock: false);
                    break;
                case FootnoteReference footnote when footnote.Id?.Value is { } id:
                    _html.CloseTo(depth);
                    NoteReference(true, id);
                    break;
                case EndnoteReference endnote when endnote.Id?.Value is { } id:
                    _html.CloseTo(depth);
                    NoteReference(false, id);
                    break;
                case AlternateContent alternate:
                    if (Branch(alternate) is { } branch)
                        foreach (var inner in branch.ChildElements)
                            if (inner is Drawing d) { _html.CloseTo(depth); Drawing(d, part, depth); }
                            else if (inner is Picture p) { _html.CloseTo(depth); Vml(p, part, depth); }
                    break;
            }
        }
    }

    /// <summary>Opens the run's emphasis unless the same is open already: consecutive runs alike make one element.</summary>
    private void Formatted(string[] format, int depth)
    {
        if (_html.Depth - depth == format.Length && OpenFormat.SequenceEqual(format)) return;
        _html.CloseTo(depth);
        OpenFormat = format;
        foreach (var tag in format) _html.Open(tag);
    }

    private string[] OpenFormat { get; set; } = [];

    private static string[] Format(RunProperties? properties)
    {
        if (properties is null) return [];
        var tags = new List<string>(4);
        if (On(properties.Bold)) tags.Add("strong");
        if (On(properties.Italic)) tags.Add("em");
        if (properties.Underline?.Val?.Value is { } underline ? underline != UnderlineValues.None : properties.Underline is not null) tags.Add("u");
        if (On(properties.Strike) || On(properties.DoubleStrike)) tags.Add("s");
        var position = properties.VerticalTextAlignment?.Val?.Value;
        if (position == VerticalPositionValues.Superscript) tags.Add("sup");
        else if (position == VerticalPositionValues.Subscript) tags.Add("sub");
        return [.. tags];
    }

    private static bool On(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

    private void Link(Hyperlink link, OpenXmlPart part, int depth)
    {
        var target = link.Id?.Value is { } id ? part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri : null;
        if (target is { IsAbsoluteUri: true } uri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            _html.CloseTo(depth);
            _html.Open("a", ("href", uri.AbsoluteUri), ("rel", "nofollow noopener"));
            var inner = _html.Depth;
            Inline(link, part, inner);
            _html.CloseTo(depth);
        }
        else Inline(link, part, depth);
    }

    private void Drawing(Drawing drawing, OpenXmlPart part, int depth)
    {
        var properties = drawing.Descendants<DrawingWord.DocProperties>().FirstOrDefault();
        var alt = Clean(properties?.Description?.Value) ?? Clean(properties?.Title?.Value);
        if (drawing.Descendants<A.Blip>().FirstOrDefault() is { } blip)
        {
            Picture(blip.Embed?.Value, part, alt);
            return;
        }
        if (drawing.Descendants<A.GraphicData>().FirstOrDefault()?.Uri?.Value?.Contains("chart", StringComparison.OrdinalIgnoreCase) == true)
        {
            Placeholder(alt is null ? Chart : $"{Chart}: {alt}", asBlock: false);
            return;
        }
        TextBoxes(drawing, part, depth);
    }

    private void Vml(Picture picture, OpenXmlPart part, int depth)
    {
        if (picture.Descendants<Vml.ImageData>().FirstOrDefault() is { } image)
        {
            var alt = Clean(picture.Descendants<Vml.Shape>().FirstOrDefault()?.Alternate?.Value) ?? Clean(image.Title?.Value);
            Picture(image.RelationshipId?.Value, part, alt);
            return;
        }
        TextBoxes(picture, part, depth);
    }

    /// <summary>A text box's words, inline where the box is anchored; boxes inside boxes are not followed.</summary>
    private void TextBoxes(OpenXmlElement holder, OpenXmlPart part, int depth)
    {
        if (_textBoxDepth > 0) return;
        _textBoxDepth++;
        try
        {
            foreach (var content in holder.Descendants<TextBoxContent>().Take(1))
                foreach (var paragraph in content.Descendants<Paragraph>())
                {
                    _html.Write(" ");
                    Inline(paragraph, part, depth);
                    _html.CloseTo(depth);
                }
        }
        finally { _textBoxDepth--; }
    }

    private void Picture(string? relationshipId, OpenXmlPart part, string? alt)
    {
        if (++_pictures > _limits.MaxPictures) { Placeholder(PictureOverLimit, asBlock: false); return; }
        if (relationshipId is null || !part.TryGetPartById(relationshipId, out var target) || target is not ImagePart image)
        {
            Placeholder(PictureMissing, asBlock: false);
            return;
        }
        if (!PictureTypes.TryGetValue(image.ContentType, out var mediaType))
        {
            Placeholder(alt is null ? PictureFormat : $"{PictureFormat}: {alt}", asBlock: false);
            return;
        }
        var room = Math.Min(_limits.MaxPictureBytes, _limits.MaxPictureBytesInAll - _pictureBytes);
        var bytes = ReadAtMost(image, room);
        if (bytes is null) { Placeholder(PictureOverLimit, asBlock: false); return; }
        if (!LooksLike(mediaType, bytes)) { Placeholder(PictureMissing, asBlock: false); return; }
        _pictureBytes += bytes.Length;
        _html.Picture(mediaType, bytes, alt ?? PictureWithoutDescription);
    }

    /// <summary>The part's bytes, or null when it holds more than <paramref name="limit"/>: never more than that is inflated.</summary>
    private static byte[]? ReadAtMost(ImagePart image, long limit)
    {
        if (limit <= 0) return null;
        try
        {
            using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (IOException) { return null; }
        catch (InvalidDataException) { return null; }
    }

    /// <summary>A picture whose bytes are not what its part claims is not put in a page under that claim.</summary>
    private static bool LooksLike(string mediaType, byte[] bytes) => mediaType switch
    {
        "image/png" => bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "image/jpeg" => bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
        "image/gif" => bytes.AsSpan().StartsWith("GIF8"u8),
        _ => false,
    };

    private void Placeholder(string text, bool asBlock)
    {
        _html.Open(asBlock ? "p" : "span", ("class", HtmlFragment.Classes.Placeholder));
        _html.Write($"[{text}]");
        _html.Close();
        if (asBlock) _html.EndLine();
    }

    private void NoteReference(bool footnote, long id)
    {
        var at = _notes.IndexOf((footnote, id));
        if (at < 0) { _notes.Add((footnote, id)); at = _notes.Count - 1; }
        var number = (at + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _html.Open("sup", ("class", HtmlFragment.Classes.NoteReference));
        _html.Open("a", ("href", $"#essay-note-{number}"), ("id", $"essay-noteref-{number}"), ("aria-label", $"Chú thích {number}"));
        _html.Write(number);
        _html.Close();
        _html.Close();
    }

    private void Table(Table table, OpenXmlPart part, int depth)
    {
        if (depth > _limits.MaxTableDepth)
        {
            // Deeper than any essay needs: the words stay, the grid goes.
            foreach (var paragraph in table.Descendants<Paragraph>())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                Paragraph(paragraph, part);
            }
            return;
        }
        var rows = Rows(table).Where(r => r.TableRowProperties?.GetFirstChild<Deleted>() is null).ToList();
        if (rows.Count == 0) return;
        var headers = rows.TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is { } h && (h.Val is null || h.Val.Value == OnOffOnlyValues.On)).Count();
        // A table that is only a header row is still a table of data cells.
        if (headers == rows.Count) headers = 0;

        _html.Open("table");
        if (headers > 0)
        {
            _html.Open("thead");
            foreach (var row in rows.Take(headers)) Row(row, part, depth, header: true);
            _html.Close();
        }
        _html.Open("tbody");
        foreach (var row in rows.Skip(headers)) Row(row, part, depth, header: false);
        _html.Close();
        _html.Close();
        _html.EndLine();
    }

    private void Row(TableRow row, OpenXmlPart part, int depth, bool header)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _html.Open("tr");
        foreach (var cell in Cells(row))
        {
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            var attributes = new List<(string, string)>(2);
            if (header) attributes.Add(("scope", "col"));
            if (span > 1) attributes.Add(("colspan", span.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            _html.Open(header ? "th" : "td", [.. attributes]);
            var inCell = _html.Depth;
            foreach (var block in cell.ChildElements) Block(block, part, depth + 1);
            CloseLists();
            _html.CloseTo(inCell - 1);
        }
        _html.Close();
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
            if (child is TableRow row) yield return row;
            else if (child is SdtRow or CustomXmlRow)
                foreach (var inner in Rows(child is SdtRow sdt ? (OpenXmlElement?)sdt.SdtContentRow ?? sdt : child)) yield return inner;
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell or CustomXmlCell)
                foreach (var inner in Cells(child is SdtCell sdt ? (OpenXmlElement?)sdt.SdtContentCell ?? sdt : child)) yield return inner;
    }

    private void OpenItem(int level, bool bulleted)
    {
        while (_lists.Count > level + 1) CloseList();
        if (_lists.Count == level + 1)
        {
            _html.Close(); // the previous item
            if (_lists[^1] == bulleted) { _html.Open("li"); return; }
            _html.Close();
            _lists.RemoveAt(_lists.Count - 1);
        }
        while (_lists.Count < level + 1)
        {
            _html.Open(bulleted ? "ul" : "ol");
            _html.Open("li");
            _lists.Add(bulleted);
        }
    }

    private void CloseList()
    {
        _html.Close(); // li
        _html.Close(); // ol/ul
        _lists.RemoveAt(_lists.Count - 1);
    }

    private void CloseLists()
    {
        while (_lists.Count > 0) CloseList();
    }

    private void WriteNotes()
    {
        if (_notes.Count == 0) return;
        var footnotes = Notes(_main.FootnotesPart, true);
        var endnotes = Notes(_main.EndnotesPart, false);
        _html.Open("section", ("class", HtmlFragment.Classes.Notes), ("aria-label", "Chú thích"));
        _html.Open("ol");
        for (var i = 0; i < _notes.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (isFootnote, id) = _notes[i];
            _html.Open("li", ("id", $"essay-note-{number}"));
            var inItem = _html.Depth;
            var (note, part) = isFootnote ? (footnotes.GetValueOrDefault(id), (OpenXmlPart?)_main.FootnotesPart) : (endnotes.GetValueOrDefault(id), _main.EndnotesPart);
            if (note is not null && part is not null)
                foreach (var paragraph in note.Descendants<Paragraph>())
                {
                    _html.Open("p");
                    var depth = _html.Depth;
                    Inline(paragraph, part, depth);
                    _html.CloseTo(inItem);
                    _html.EndLine();
                }
            _html.Open("a", ("href", $"#essay-noteref-{number}"), ("class", HtmlFragment.Classes.BackReference), ("aria-label", $"Quay lại chỗ chú thích {number}"));
            _html.Write("↩");
            _html.Close();
            _html.CloseTo(inItem - 1);
        }
        _html.Close();
        _html.Close();
    }

    /// <summary>The notes the body referred to, read one at a time from their part.</summary>
    private Dictionary<long, OpenXmlElement> Notes(OpenXmlPart? part, bool footnotes)
    {
        var wanted = _notes.Where(n => n.Footnote == footnotes).Select(n => n.Id).ToHashSet();
        var found = new Dictionary<long, OpenXmlElement>();
        if (part is null || wanted.Count == 0) return found;
        using var reader = OpenXmlReader.Create(part);
        if (!reader.Read()) return found;
        while (!reader.EOF)
        {
            if (reader.IsStartElement && reader.Depth == 1)
            {
                var note = reader.LoadCurrentElement()!;
                var id = note is Footnote f ? f.Id?.Value : note is Endnote e ? e.Id?.Value : null;
                if (id is { } key && wanted.Contains(key)) found.TryAdd(key, note);
            }
            else if (!reader.Read()) break;
        }
        return found;
    }

    /// <summary>The branch of markup-compatibility content to show: the first choice, or the fallback.</summary>
    private static OpenXmlElement? Branch(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
