using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ContestServerless.Domain.Exports;

/// <summary>
/// Writes one sheet as an Office Open XML workbook (.xlsx), streaming rows so that large exports do not
/// build a document in memory. Text goes in as inline strings, never as formulas, so a cell can never be
/// evaluated; the header row is bold, frozen and filterable. Days (<see cref="DateOnly"/>) and Vietnam wall-clock
/// times (<see cref="DateTime"/>) are Excel date serials shown as dd/MM/yyyy (HH:mm), so they sort and filter as dates.
/// </summary>
public static class XlsxWriter
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Style indexes in Styles' cellXfs.
    private const string BoldStyle = "1";
    private const string DateStyle = "2";
    private const string DateTimeStyle = "3";

    // Excel's day 0 in the 1900 date system (the 1900 leap-year bug is behind us for any contest date).
    private static readonly DateTime SerialEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public static async Task WriteAsync<T>(Sheet<T> sheet, Stream output, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await PartAsync(zip, "[Content_Types].xml", ContentTypes, cancellationToken);
        await PartAsync(zip, "_rels/.rels", RootRelationships, cancellationToken);
        await PartAsync(zip, "xl/workbook.xml", Workbook(SheetName(sheet.Name)), cancellationToken);
        await PartAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships, cancellationToken);
        await PartAsync(zip, "xl/styles.xml", Styles, cancellationToken);

        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await WriteWorksheetAsync(xml, sheet, cancellationToken);
    }

    /// <summary>A workbook of two sheets (the results and the unit awards, say), each written as a one-sheet workbook's.</summary>
    public static async Task WriteAsync<T1, T2>(Sheet<T1> first, Sheet<T2> second, Stream output, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        string[] names = [SheetName(first.Name), SheetName(second.Name)];
        if (names[0] == names[1]) names[1] = names[1][..Math.Min(29, names[1].Length)] + " 2";
        await PartAsync(zip, "[Content_Types].xml", ContentTypes.Replace("<Override PartName=\"/xl/styles.xml\"",
            "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\"", StringComparison.Ordinal), cancellationToken);
        await PartAsync(zip, "_rels/.rels", RootRelationships, cancellationToken);
        var sheets = string.Concat(names.Select((n, i) => $"<sheet name=\"{System.Security.SecurityElement.Escape(n)}\" sheetId=\"{i + 1}\" r:id=\"rId{(i == 0 ? 1 : 3)}\"/>"));
        var filters = string.Concat(names.Select((n, i) => $"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">'{System.Security.SecurityElement.Escape(n.Replace("'", "''"))}'!$A$1</definedName>"));
        await PartAsync(zip, "xl/workbook.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipNamespace}"><sheets>{sheets}</sheets><definedNames>{filters}</definedNames></workbook>""", cancellationToken);
        await PartAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships.Replace("</Relationships>",
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>", StringComparison.Ordinal), cancellationToken);
        await PartAsync(zip, "xl/styles.xml", Styles, cancellationToken);
        await SheetPartAsync(zip, "xl/worksheets/sheet1.xml", first, cancellationToken);
        await SheetPartAsync(zip, "xl/worksheets/sheet2.xml", second, cancellationToken);
    }

    private static async Task SheetPartAsync<T>(ZipArchive zip, string path, Sheet<T> sheet, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await WriteWorksheetAsync(xml, sheet, cancellationToken);
    }

    private static async Task WriteWorksheetAsync<T>(XmlWriter xml, Sheet<T> sheet, CancellationToken cancellationToken)
    {
        var lastColumn = ColumnName(sheet.Columns.Count - 1);
        await xml.WriteStartDocumentAsync(standalone: true);
        xml.WriteStartElement("worksheet", MainNamespace);
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cols");
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("width", Math.Clamp(sheet.Columns[i].Header.Length + 4, 12, 40).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData");
        var rowNumber = 1;
        WriteRow(xml, rowNumber, sheet.Columns.Select(c => (object?)c.Header).ToList(), bold: true);
        await foreach (var row in sheet.AllRowsAsync(cancellationToken))
        {
            WriteRow(xml, ++rowNumber, sheet.Columns.Select(c => c.Value(row)).ToList(), bold: false);
            if (rowNumber % 500 == 0) await xml.FlushAsync();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("autoFilter");
        xml.WriteAttributeString("ref", $"A1:{lastColumn}{rowNumber}");
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void WriteRow(XmlWriter xml, int rowNumber, IReadOnlyList<object?> values, bool bold)
    {
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", rowNumber.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null) continue;
            xml.WriteStartElement("c");
            xml.WriteAttributeString("r", ColumnName(i) + rowNumber.ToString(CultureInfo.InvariantCulture));
            if (bold) xml.WriteAttributeString("s", BoldStyle);
            if (values[i] is int or long or double or decimal)
            {
                xml.WriteElementString("v", Convert.ToString(values[i], CultureInfo.InvariantCulture));
            }
            else if (values[i] is DateOnly day)
            {
                xml.WriteAttributeString("s", DateStyle);
                xml.WriteElementString("v", Serial(day.ToDateTime(TimeOnly.MinValue)));
            }
            else if (values[i] is DateTime wallClock)
            {
                xml.WriteAttributeString("s", DateTimeStyle);
                xml.WriteElementString("v", Serial(wallClock));
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is");
                xml.WriteStartElement("t");
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(XmlSafe(Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? ""));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Days since Excel's epoch, the fraction being the time of day.</summary>
    private static string Serial(DateTime value) =>
        (value - SerialEpoch).TotalDays.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a stray one in a title must not break the file.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new string(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray())
            : text;

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }

    private static async Task PartAsync(ZipArchive zip, string path, string content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(content), cancellationToken);
    }

    private static string Workbook(string sheetName) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNamespace}" xmlns:r="{RelationshipNamespace}"><sheets><sheet name="{System.Security.SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'{sheetName.Replace("'", "''")}'!$A$1</definedName></definedNames></workbook>""";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
