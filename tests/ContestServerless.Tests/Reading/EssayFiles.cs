using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ContestServerless.Tests.Reading;

/// <summary>Word documents built with the Open XML SDK as Word writes them: styles, numbering, pictures, notes.</summary>
public static class EssayFiles
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A .docx whose body <paramref name="build"/> fills; the styles (Heading 1–3, Caption) and a bulleted (1) and numbered (2) list exist.</summary>
    public static byte[] Docx(Action<MainDocumentPart, Body> build, WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, type))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            var body = new Body();
            main.Document = new Document(body);
            build(main, body);
        }
        return buffer.ToArray();
    }

    public static Paragraph Para(params OpenXmlElement[] content) => new(content);

    public static Paragraph Para(string text) => new(Run(text));

    public static Run Run(string text, RunProperties? properties = null) =>
        new(properties ?? new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph Styled(string styleId, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text));

    public static Paragraph Item(int numId, int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), Run(text));

    /// <summary>An inline picture of <paramref name="imagePart"/>'s relationship <paramref name="relationshipId"/>, described by <paramref name="description"/>.</summary>
    public static Drawing Picture(string relationshipId, string? description, uint id = 1) =>
        new(new DW.Inline(
            new DW.Extent { Cx = 990000L, Cy = 792000L },
            new DW.DocProperties { Id = id, Name = $"Picture {id}", Description = description },
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "hinh.png" }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 990000L, Cy = 792000L }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));

    public static string AddImage(MainDocumentPart main, byte[] bytes, PartTypeInfo? type = null)
    {
        var part = main.AddImagePart(type ?? ImagePartType.Png);
        using (var data = new MemoryStream(bytes)) part.FeedData(data);
        return main.GetIdOfPart(part);
    }

    /// <summary>Adds footnotes (Word's two separators first) and answers the paragraph run that refers to footnote <paramref name="id"/>.</summary>
    public static void AddFootnotes(MainDocumentPart main, params (long Id, string Text)[] notes)
    {
        var part = main.AddNewPart<FootnotesPart>();
        part.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var (id, text) in notes)
            part.Footnotes.Append(new Footnote(new Paragraph(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()), Run(" " + text))) { Id = id });
    }

    public static Run NoteReference(long id) => new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });

    public static Table Table(bool headerRow, params string[][] rows) =>
        new([new TableProperties(new TableStyle { Val = "TableGrid" }),
            .. rows.Select((cells, i) => new TableRow([
                .. i == 0 && headerRow ? [new TableRowProperties(new TableHeader())] : Array.Empty<OpenXmlElement>(),
                .. cells.Select(c => new TableCell(Para(c)))]))]);

    /// <summary>A table nested <paramref name="depth"/> deep, each level's cell saying "Tầng n" before the next level.</summary>
    public static Table Nested(int depth)
    {
        Table? inner = null;
        for (var level = depth; level >= 1; level--)
        {
            var cell = new TableCell(Para($"Tầng {level}"));
            if (inner is not null) cell.Append(inner, Para(""));
            inner = new Table(new TableRow(cell));
        }
        return inner!;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1), Heading(2), Heading(3),
            new Style(new StyleName { Val = "caption" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Caption" });
    }

    private static Style Heading(int level) =>
        new(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(Level(0, NumberFormatValues.Bullet), Level(1, NumberFormatValues.Bullet)) { AbstractNumberId = 10 },
            new AbstractNum(Level(0, NumberFormatValues.Decimal), Level(1, NumberFormatValues.LowerLetter)) { AbstractNumberId = 20 },
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
    }

    private static Level Level(int index, NumberFormatValues format) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = format == NumberFormatValues.Bullet ? "•" : $"%{index + 1}." }) { LevelIndex = index };
}
