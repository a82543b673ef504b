using System.Globalization;
using System.IO.Compression;
using System.Text;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Judging;
using PdfSharp.Pdf;

namespace ContestServerless.Bench;

/// <summary>
/// What making a judge's copy costs: a .docx and a .pdf of about 20 MB each (mostly one picture, plus a few
/// thousand paragraphs of text naming the author here and there), cleaned and scanned from a file into a file as
/// the adapter does. Prints the time, the growth of peak resident memory and the allocations of each.
/// Arguments: [megabytes]
/// </summary>
public static class JudgingFilesBench
{
    private const string Author = "Nguyễn Thị Minh Khai";
    private static readonly IdentityClues Clues = new([Author], ["0912 345 678"], ["minhkhai@example.vn"], ["Trường THPT Lê Quý Đôn"], ["Sở Giáo dục và Đào tạo"]);

    public static Task<int> RunAsync(string[] args)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var directory = Directory.CreateTempSubdirectory("judging-files-bench");
        try
        {
            // Files are built first, so building them does not count against what cleaning them costs.
            var docx = Path.Combine(directory.FullName, "entry.docx");
            var pdf = Path.Combine(directory.FullName, "entry.pdf");
            WriteDocx(docx, megabytes);
            WritePdf(pdf, megabytes);

            ProcessMemory.Measure($"docx, {new FileInfo(docx).Length / (1024.0 * 1024):N1} MB, cleaned and scanned", () => Clean(docx, (source, copy) =>
                DocxCleaner.Clean(source, copy, new IdentityScanner(Clues), new DocxLimits(), CancellationToken.None)));
            ProcessMemory.Measure($"pdf, {new FileInfo(pdf).Length / (1024.0 * 1024):N1} MB, cleaned and scanned", () => Clean(pdf, (source, copy) =>
                PdfCleaner.Clean(source, copy, new IdentityScanner(Clues), CancellationToken.None)));
            return Task.FromResult(0);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Clean(string path, Func<Stream, Stream, FileCleaning> clean)
    {
        using var source = File.OpenRead(path);
        using var copy = new FileStream(path + ".copy", FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var result = clean(source, copy);
        return $"copy {copy.Length / (1024.0 * 1024):N1} MB, {result.Refusal ?? "cleaned"}; removed: {string.Join(", ", result.Removed)}; " +
            $"{result.Hits.Count} hits ({string.Join(", ", result.Hits.GroupBy(h => h.Where).Select(g => $"{g.Key} {g.Count()}"))})";
    }

    /// <summary>A .docx as Word writes one with a large photograph: the picture stored as it is, the text deflated.</summary>
    private static void WriteDocx(string path, int megabytes)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        void Add(string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
        Add("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
        Add("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
        Add("docProps/core.xml",
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
            $"<dc:creator>{Author}</dc:creator><cp:lastModifiedBy>{Author}</cp:lastModifiedBy></cp:coreProperties>");
        var body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < 5_000; i++)
            body.Append("<w:p><w:r><w:t xml:space=\"preserve\">")
                .Append(i % 1000 == 0 ? $"Đoạn {i}: tôi là {Author}, " : $"Đoạn {i}: ")
                .Append("người tốt việc tốt ở khu phố, giúp đỡ bà con lối xóm trong những ngày mưa lũ.</w:t></w:r></w:p>");
        Add("word/document.xml", body.Append("</w:body></w:document>").ToString());
        using var picture = zip.CreateEntry("word/media/image1.jpeg", CompressionLevel.NoCompression).Open();
        WriteRandom(picture, megabytes * 1024L * 1024 - 256 * 1024);
    }

    /// <summary>A PDF of 20 pages of text and one large picture (random bytes behind a JPEG filter: nothing decodes it).</summary>
    private static void WritePdf(string path, int megabytes)
    {
        var document = new PdfDocument();
        document.Info.Author = Author;
        document.Info.Title = $"Bài dự thi của {Author}";
        var font = new PdfDictionary(document);
        font.Elements.SetName("/Type", "/Font");
        font.Elements.SetName("/Subtype", "/Type1");
        font.Elements.SetName("/BaseFont", "/Helvetica");
        document.Internals.AddObject(font);
        var image = new PdfDictionary(document);
        image.Elements.SetName("/Type", "/XObject");
        image.Elements.SetName("/Subtype", "/Image");
        image.Elements.SetInteger("/Width", 4000);
        image.Elements.SetInteger("/Height", 3000);
        image.Elements.SetName("/ColorSpace", "/DeviceRGB");
        image.Elements.SetInteger("/BitsPerComponent", 8);
        image.Elements.SetName("/Filter", "/DCTDecode");
        using (var bytes = new MemoryStream())
        {
            WriteRandom(bytes, megabytes * 1024L * 1024 - 64 * 1024);
            image.CreateStream(bytes.ToArray());
        }
        document.Internals.AddObject(image);
        for (var p = 0; p < 20; p++)
        {
            var page = document.AddPage();
            var fonts = new PdfDictionary(document);
            fonts.Elements["/F1"] = font.Reference;
            page.Resources.Elements["/Font"] = fonts;
            var xobjects = new PdfDictionary(document);
            xobjects.Elements["/Im1"] = image.Reference;
            page.Resources.Elements["/XObject"] = xobjects;
            var text = new StringBuilder(p == 0 ? "q 500 0 0 375 50 50 cm /Im1 Do Q " : "");
            for (var line = 0; line < 50; line++)
                text.Append($"BT /F1 10 Tf 40 {800 - line * 15} Td (Trang {p + 1} dong {line}: {(line == 7 && p % 5 == 0 ? "tac gia Nguyen Thi Minh Khai, " : "")}nguoi tot viec tot o khu pho) Tj ET ");
            var content = new PdfDictionary(document);
            content.CreateStream(Encoding.ASCII.GetBytes(text.ToString()));
            document.Internals.AddObject(content);
            page.Elements["/Contents"] = content.Reference;
        }
        document.Save(path);
    }

    private static void WriteRandom(Stream stream, long bytes)
    {
        var buffer = new byte[1024 * 1024];
        for (long written = 0; written < bytes; written += buffer.Length)
        {
            Random.Shared.NextBytes(buffer);
            stream.Write(buffer, 0, (int)Math.Min(buffer.Length, bytes - written));
        }
    }
}
