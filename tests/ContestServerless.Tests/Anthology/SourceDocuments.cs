using System.Buffers.Binary;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ContestServerless.Tests.Anthology;

/// <summary>
/// Entrants' .docx files as Word writes them (a styled heading, a numbered list, a footnote, a picture, a link, a comment,
/// tracked changes) and hostile ones, built with the Open XML SDK. Shared with the anthology benchmark.
/// </summary>
public static class SourceDocuments
{
    /// <summary>A .docx with one of everything the book must carry. <paramref name="pictureBytes"/> pads the picture (noise, so it does not compress).</summary>
    public static byte[] Essay(string marker, int pictures = 1, int pictureBytes = 0, bool footnote = true, bool list = true, Action<MainDocumentPart, Body>? more = null)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            AddStyles(main);
            if (list) AddNumbering(main);

            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), Run($"Mở đầu {marker}")));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Trichdan" }), Run($"Đoạn trích dẫn {marker}")));
            var withNote = new Paragraph(Run($"Nội dung chính của bài {marker} kể về một tấm gương người tốt việc tốt."));
            if (footnote)
            {
                var notes = main.AddNewPart<FootnotesPart>();
                notes.Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                    new Footnote(new Paragraph(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                        Run($" Chú thích {marker}"))) { Id = 1 });
                withNote.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 }));
            }
            body.Append(withNote);
            if (list)
                for (var i = 1; i <= 3; i++)
                    body.Append(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                        Run($"Ý thứ {i} của {marker}")));

            var link = main.AddHyperlinkRelationship(new Uri("https://example.org/guong-sang"), true);
            body.Append(new Paragraph(new Hyperlink(Run("Xem thêm")) { Id = link.Id }));
            body.Append(new Paragraph(new CommentRangeStart { Id = "0" }, Run("Câu có nhận xét."), new CommentRangeEnd { Id = "0" },
                new InsertedRun(Run($"Chữ được thêm {marker}.")) { Id = "1", Author = "Người sửa bí mật" },
                new DeletedRun(new Run(new DeletedText($"Chữ đã xóa {marker}."))) { Id = "2", Author = "Người sửa bí mật" }));

            var png = Png(pictureBytes);
            for (var i = 0; i < pictures; i++)
            {
                var image = main.AddImagePart(ImagePartType.Png);
                using (var stream = image.GetStream(FileMode.Create)) stream.Write(png);
                body.Append(new Paragraph(new Run(Picture(main.GetIdOfPart(image), (uint)(i + 1)))));
            }
            more?.Invoke(main, body);
            body.Append(new SectionProperties(new PageSize { Width = 12240, Height = 15840 }));
        }
        return buffer.ToArray();
    }

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A picture whose part has no relationship: the body points to an id the package does not hold.</summary>
    public static byte[] BrokenRelationship() => Essay("gãy", more: (_, body) =>
        body.Append(new Paragraph(new Run(Picture("rId999", 77)))));

    /// <summary>An OLE object (a spreadsheet) embedded in the text, as Word writes one.</summary>
    public static byte[] EmbeddedObject() => Essay("nhúng", more: (main, body) =>
    {
        var part = main.AddEmbeddedObjectPart("application/vnd.openxmlformats-officedocument.oleObject");
        using (var stream = part.GetStream(FileMode.Create)) stream.Write(new byte[2048]);
        var id = main.GetIdOfPart(part);
        body.Append(new Paragraph(new Run(new EmbeddedObject(
            new OpenXmlUnknownElement("o", "OLEObject", "urn:schemas-microsoft-com:office:office")) { DxaOriginal = "1440", DyaOriginal = "1440" })));
        var ole = body.Descendants<OpenXmlUnknownElement>().Last();
        ole.SetAttribute(new OpenXmlAttribute("r", "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", id));
        ole.SetAttribute(new OpenXmlAttribute("", "ProgID", "", "Excel.Sheet.12"));
        body.Append(new Paragraph(new AltChunk { Id = id }));
    });

    /// <summary>A table nested <paramref name="depth"/> times in itself.</summary>
    public static byte[] DeepTable(int depth) => Essay("sâu", more: (_, body) =>
    {
        OpenXmlElement inner = new Paragraph(Run("Ô trong cùng"));
        for (var i = 0; i < depth; i++)
            inner = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), new TableGrid(new GridColumn { Width = "2000" }),
                new TableRow(new TableCell(inner, new Paragraph(Run($"Tầng {i}")))));
        body.Append(inner);
    });

    /// <summary>A .docx that also carries a VBA project (its bytes are not a real one), related from the main part.</summary>
    public static byte[] WithMacros()
    {
        var bytes = Essay("macro");
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/vbaProject.bin").Open())) writer.Write("Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\nShell \"calc\"\r\nEnd Sub");
            var rels = zip.GetEntry("word/_rels/document.xml.rels")!;
            string xml;
            using (var reader = new StreamReader(rels.Open())) xml = reader.ReadToEnd();
            rels.Delete();
            using (var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open()))
                writer.Write(xml.Replace("</Relationships>",
                    "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>", StringComparison.Ordinal));
            var types = zip.GetEntry("[Content_Types].xml")!;
            using (var reader = new StreamReader(types.Open())) xml = reader.ReadToEnd();
            types.Delete();
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                writer.Write(xml.Replace("</Types>", "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal));
        }
        return buffer.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = "Arial" })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = 0 }), new StyleRunProperties(new Bold(), new FontSize { Val = "32" })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "Trích dẫn" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "720" }), new StyleRunProperties(new Italic())) { Type = StyleValues.Paragraph, StyleId = "Trichdan" });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Nsid { Val = "12345678" }, new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." },
                    new LevelJustification { Val = LevelJustificationValues.Left }, new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" })) { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
    }

    public static Drawing Picture(string relationshipId, uint id) => new(
        new Wp.Inline(
            new Wp.Extent { Cx = 1_440_000, Cy = 1_080_000 },
            new Wp.DocProperties { Id = id, Name = $"Ảnh {id}" },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0, Name = $"anh{id}.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 1_440_000, Cy = 1_080_000 }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });

    /// <summary>
    /// A real PNG, 48 × 32 px, green; with <paramref name="padding"/> bytes of noise in a private chunk after the pixels,
    /// so the picture weighs what a photograph does and no ZIP shrinks it.
    /// </summary>
    public static byte[] Png(int padding = 0)
    {
        const int width = 48, height = 32;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; header[9] = 2; // 8-bit RGB
        Chunk(png, "IHDR", header);
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++) raw.Write([(byte)(40 + x), 160, (byte)(60 + y)]);
        }
        var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw.ToArray());
        Chunk(png, "IDAT", pixels.ToArray());
        if (padding > 0)
        {
            var noise = new byte[padding];
            Random.Shared.NextBytes(noise);
            Chunk(png, "prVt", noise);
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
