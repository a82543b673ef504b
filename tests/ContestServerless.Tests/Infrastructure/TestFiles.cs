using System.IO.Compression;
using System.Text;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Small but real files of each kind the contest accepts, and impostors.</summary>
public static class TestFiles
{
    public static byte[] Pdf(int padding = 0) =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n" + new string(' ', padding) + "\ntrailer <<>>\n%%EOF\n");

    public static byte[] Docx(string text = "Người tốt việc tốt ở Sóc Trăng")
    {
        var body = string.Concat(text.Split('\n').Select(p =>
            $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
        return Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                $"<w:body>{body}</w:body></w:document>"));
    }

    /// <summary>A .docx whose word/document.xml is the given XML inside the body, as Word would write it.</summary>
    public static byte[] DocxWithBody(string bodyXml) =>
        Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                $"<w:body>{bodyXml}</w:body></w:document>"));

    /// <summary>
    /// A small .docx whose word/document.xml expands to about <paramref name="documentXmlBytes"/>: one paragraph,
    /// one run of "a " repeated (what a ZIP bomb aimed at the word count looks like). Written in chunks, so the
    /// expansion is never held in memory; the result is about a thousandth of its size.
    /// </summary>
    public static byte[] DocxBomb(long documentXmlBytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var xml = zip.CreateEntry("word/document.xml", level).Open();
            var open = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8;
            var close = "</w:t></w:r></w:p></w:body></w:document>"u8;
            xml.Write(open);
            var run = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("a ", 32 * 1024)));
            for (var written = (long)open.Length + close.Length; written < documentXmlBytes; written += run.Length)
                xml.Write(run, 0, (int)Math.Min(run.Length, documentXmlBytes - written) & ~1);
            xml.Write(close);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The same package with every part's declared uncompressed size rewritten to <paramref name="declared"/>
    /// bytes, in the local headers and the central directory: sizes an attacker chose, not what inflates.
    /// </summary>
    public static byte[] WithDeclaredSizes(byte[] zip, uint declared)
    {
        var bytes = zip.ToArray();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B) continue;
            if (bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04) BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            else if (bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
        }
        return bytes;
    }

    public const string SheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// A minimal .xlsx written by hand, so it can be broken on purpose: <paramref name="sheetXml"/> is the first
    /// sheet's part as it stands (null leaves the part out while the workbook still points to it).
    /// </summary>
    public static byte[] Xlsx(string? sheetXml) => Xlsx(sheetXml is null ? null : sheet => sheet.Write(Encoding.UTF8.GetBytes(sheetXml)));

    /// <summary>The same, its sheet written by <paramref name="writeSheet"/> straight into the ZIP (for sheets too big to hold).</summary>
    public static byte[] Xlsx(Action<Stream>? writeSheet, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
            Add("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "</Types>");
            Add("_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
                "</Relationships>");
            Add("xl/workbook.xml",
                $"<workbook xmlns=\"{SheetNamespace}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets><sheet name=\"Đơn vị\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                "</Relationships>");
            if (writeSheet is not null)
            {
                using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open();
                writeSheet(sheet);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A sheet part: the rows given (each a list of inline-string cells), in order.</summary>
    public static string Sheet(params string[][] rows) =>
        $"<worksheet xmlns=\"{SheetNamespace}\"><sheetData>" +
        string.Concat(rows.Select((cells, r) => $"<row r=\"{r + 1}\">" +
            string.Concat(cells.Select(c => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>")) +
        "</sheetData></worksheet>";

    /// <summary>
    /// A sheet of about <paramref name="bytes"/> of XML: row after row of the same unit, written in chunks so the
    /// sheet is never held in memory.
    /// </summary>
    public static byte[] XlsxWithSheetOf(long bytes, CompressionLevel level = CompressionLevel.Fastest) => Xlsx(sheet =>
    {
        var open = Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{SheetNamespace}\"><sheetData>");
        var close = Encoding.UTF8.GetBytes("</sheetData></worksheet>");
        sheet.Write(open);
        var row = Encoding.UTF8.GetBytes("<row><c t=\"inlineStr\"><is><t>don-vi</t></is></c><c t=\"inlineStr\"><is><t>Đơn vị</t></is></c></row>");
        var chunk = new MemoryStream();
        while (chunk.Length < 64 * 1024) chunk.Write(row);
        for (long written = open.Length + close.Length; written < bytes; written += chunk.Length) sheet.Write(chunk.GetBuffer(), 0, (int)chunk.Length);
        sheet.Write(close);
    }, level);

    /// <summary>An OLE2 compound file header followed by zeros: what a .doc looks like to a signature check.</summary>
    public static byte[] Doc() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    public static byte[] Zip(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        return buffer.ToArray();
    }
}
