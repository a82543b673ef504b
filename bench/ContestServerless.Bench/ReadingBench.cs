using System.Diagnostics;
using System.Globalization;
using ContestServerless.Domain.Reading;
using ContestServerless.Functions.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ContestServerless.Bench;

/// <summary>
/// What a page of an essay costs (a judge opening the scoring page, a reader opening the reading room): a work of
/// about 3 MB (a few thousand words with headings, a list, a table, footnotes and six photographs) rendered N times
/// from a file, p50 and p95; then one 30 MB .docx (photographs past the page's picture limits) once. Each prints
/// its peak resident growth and allocations.
/// Arguments: [renders] [largeMegabytes]
/// </summary>
public static class ReadingBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var renders = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var large = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var reader = new EssayReader(ReadingLimits.Default, NullLogger<EssayReader>.Instance);
        var directory = Directory.CreateTempSubdirectory("reading-bench");
        try
        {
            var work = Path.Combine(directory.FullName, "work.docx");
            var big = Path.Combine(directory.FullName, "large.docx");
            WriteDocx(work, pictures: 6, pictureBytes: 450 * 1024);
            WriteDocx(big, pictures: Math.Max(1, (large * 1024 + 4599) / 4600), pictureBytes: 4600 * 1024);

            // One render first: the JIT and the libraries' static tables are not the page's cost.
            await RenderAsync(reader, work);
            var times = new List<double>();
            EssayPage? page = null;
            ProcessMemory.Measure($"a work of {MiB(work):N1} MB rendered {renders} times", () =>
            {
                for (var i = 0; i < renders; i++)
                {
                    var clock = Stopwatch.StartNew();
                    page = RenderAsync(reader, work).GetAwaiter().GetResult();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                return $"p50 {times[times.Count / 2]:N1} ms, p95 {times[(int)(times.Count * 0.95)]:N1} ms; page {page!.Kind}, " +
                    $"{page.Html.Length / 1024.0 / 1024:N1} MB of HTML, {page.Text.Length:N0} characters of text";
            });
            ProcessMemory.Measure($"a .docx of {MiB(big):N1} MB rendered once", () =>
            {
                var result = RenderAsync(reader, big).GetAwaiter().GetResult();
                return $"page {result.Kind}, {result.Html.Length / 1024.0 / 1024:N1} MB of HTML, notice: {result.Notice ?? "none"}";
            });
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static double MiB(string path) => new FileInfo(path).Length / (1024.0 * 1024);

    private static async Task<EssayPage> RenderAsync(IEssayReader reader, string path)
    {
        await using var file = File.OpenRead(path);
        return await reader.ReadAsync(file, ".docx", CancellationToken.None);
    }

    /// <summary>A work as Word saves one: styles, numbering, a table, footnotes, photographs stored as JPEG.</summary>
    private static void WriteDocx(string path, int pictures, int pictureBytes)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        var notes = main.AddNewPart<FootnotesPart>();
        notes.Footnotes = new Footnotes();
        var body = new Body();
        var random = new Random(7);
        for (var section = 0; section < 20; section++)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text($"Phần {section + 1}: những việc làm tốt"))));
            for (var p = 0; p < 25; p++)
                body.Append(new Paragraph(
                    new Run(new Text($"Đoạn {p + 1}. Chị là người tốt việc tốt ở khu phố, giúp đỡ bà con lối xóm trong những ngày mưa lũ, ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold()), new Text("không quản ngày đêm")),
                    new Run(new Text(", được mọi người tin yêu.") { Space = SpaceProcessingModeValues.Preserve })));
            for (var i = 0; i < 3; i++)
                body.Append(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new Text($"Việc làm {i + 1}"))));
            notes.Footnotes.Append(new Footnote(new Paragraph(new Run(new Text($"Nguồn {section + 1}: báo địa phương.")))) { Id = section + 1 });
            body.Append(new Paragraph(new Run(new Text("Theo tư liệu")), new Run(new FootnoteReference { Id = section + 1 })));
            if (section % 5 == 0)
                body.Append(new Table(Enumerable.Range(0, 6).Select(r => new TableRow(
                    Enumerable.Range(0, 4).Select(c => new TableCell(new Paragraph(new Run(new Text($"Ô {r}-{c}")))))))));
            for (var k = section; k < pictures; k += 20)
                body.Append(new Paragraph(new Run(Picture(main, random, pictureBytes, (uint)k + 1))));
        }
        main.Document = new Document(body);
    }

    private static Drawing Picture(MainDocumentPart main, Random random, int bytes, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Jpeg);
        var data = new byte[bytes];
        random.NextBytes(data);
        data[0] = 0xFF; data[1] = 0xD8; data[2] = 0xFF;
        using (var stream = new MemoryStream(data)) part.FeedData(stream);
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = 990000L, Cy = 792000L },
            new DW.DocProperties { Id = id, Name = $"Ảnh {id}", Description = $"Ảnh minh họa {id}" },
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "anh.jpg" }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties()))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));
    }
}
