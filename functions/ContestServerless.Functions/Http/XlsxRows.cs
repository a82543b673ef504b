using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ContestServerless.Domain.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ContestServerless.Functions.Http;

/// <summary>
/// The first sheet of an .xlsx as rows of text, read with the Open XML SDK's SAX reader (one row in memory at a
/// time), within caps: a 2 MB upload can declare, or really inflate to, gigabytes. Every part is inflated once
/// through a counting stream before the SDK opens the package, so declared sizes cannot lie their way past the
/// caps; anything malformed (broken XML, a missing part, a DTD) becomes a problem naming the part and the row.
/// </summary>
public static class XlsxRows
{
    /// <summary>The units file has 6 columns and 4 per focal point (at most 5): 26. Anything far beyond is not it.</summary>
    public const int MaxColumns = 100;

    /// <summary>
    /// Every part together, inflated. 10,000 rows of 26 cells are about 15 MB of sheet XML and shared strings.
    /// </summary>
    public const long MaxDecompressedBytes = 32L * 1024 * 1024;

    /// <summary>Sheet XML compresses 10–30 to 1; a run of repeated markup, 1,000 to 1. Checked beyond 1 MB.</summary>
    public const int MaxCompressionRatio = 200;

    private const long RatioAppliesFromBytes = 1024 * 1024;

    public static Result<IReadOnlyList<string[]>> Read(Stream file)
    {
        if (CheckSizes(file) is { } tooLarge) return tooLarge;

        var part = "xl/workbook.xml";
        var row = 0;
        try
        {
            file.Position = 0;
            using var document = SpreadsheetDocument.Open(file, isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxDecompressedBytes });
            var workbook = document.WorkbookPart;
            if (workbook is null) return Unreadable(part, "không có phần này");
            if (FirstSheetId(workbook) is not { } sheetId) return Unreadable(part, "bảng tính không có trang tính nào");
            if (!workbook.TryGetPartById(sheetId, out var found) || found is not WorksheetPart worksheet)
                return Unreadable(part, "không tìm thấy trang tính đầu tiên");

            part = workbook.SharedStringTablePart is { } sharedPart ? PartName(sharedPart) : part;
            var shared = workbook.SharedStringTablePart is { } strings ? SharedStrings(strings) : [];

            part = PartName(worksheet);
            var rows = new List<string[]>();
            using var reader = new OpenXmlPartReader(worksheet, new OpenXmlPartReaderOptions { MaxCharactersInPart = MaxDecompressedBytes });
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    reader.Read();
                    continue;
                }
                var element = (Row)reader.LoadCurrentElement()!;
                // Excel leaves empty rows out and numbers the others; keeping the numbers keeps line numbers right.
                row = element.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : row + 1;
                if (row > SpreadsheetUpload.MaxRows) return SpreadsheetUpload.TooManyRows();
                if (row <= rows.Count) return Unreadable(part, $"dòng {row} xuất hiện sau dòng {rows.Count}");
                while (rows.Count < row - 1) rows.Add([]);
                var cells = Cells(element, shared, row);
                if (cells.Problem is { } wide) return wide;
                rows.Add(cells.Value!);
            }
            return rows;
        }
        catch (XmlException e)
        {
            return Unreadable(part, row > 0 ? $"sau dòng {row} của bảng tính: {XmlError(e)}" : XmlError(e));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException
            or ArgumentException or InvalidOperationException or KeyNotFoundException or NotSupportedException or UriFormatException)
        {
            return Unreadable(part, row > 0 ? $"sau dòng {row} của bảng tính" : "tệp bị hỏng");
        }
    }

    /// <summary>Declared sizes first (cheap), then every part inflated through a counting stream, nothing kept.</summary>
    private static Problem? CheckSizes(Stream file)
    {
        try
        {
            file.Position = 0;
            using var package = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (package.Entries.Sum(e => e.Length) > MaxDecompressedBytes) return TooLarge();
            long inflated = 0;
            foreach (var entry in package.Entries)
            {
                if (entry.Length > RatioAppliesFromBytes && entry.Length > entry.CompressedLength * MaxCompressionRatio)
                    return TooCompressed(entry.FullName);
                var ratioBound = Math.Max(RatioAppliesFromBytes, entry.CompressedLength * MaxCompressionRatio);
                var bound = Math.Min(MaxDecompressedBytes - inflated, ratioBound);
                using var counted = new BoundedStream(entry.Open(), bound);
                try
                {
                    counted.CopyTo(Stream.Null);
                }
                catch (StreamLimitExceededException)
                {
                    return bound == ratioBound ? TooCompressed(entry.FullName) : TooLarge();
                }
                inflated += counted.BytesRead;
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return Problem.InvalidField("file", "Không đọc được tệp Excel (.xlsx): tệp nén bị hỏng. Hãy lưu lại tệp ở định dạng .xlsx hoặc CSV UTF-8.");
        }
    }

    private static string? FirstSheetId(WorkbookPart workbook)
    {
        using var reader = new OpenXmlPartReader(workbook, new OpenXmlPartReaderOptions { MaxCharactersInPart = MaxDecompressedBytes });
        while (reader.Read())
            if (reader.ElementType == typeof(Sheet) && reader.IsStartElement)
                return reader.Attributes.FirstOrDefault(a => a.LocalName == "id"
                    && a.NamespaceUri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships").Value;
        return null;
    }

    private static List<string> SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = MaxDecompressedBytes });
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            else
                reader.Read();
        }
        return strings;
    }

    private static Result<string[]> Cells(Row row, List<string> shared, int line)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            if (column >= MaxColumns)
                return Problem.InvalidField("file", $"Dòng {line} có dữ liệu ở cột thứ {column + 1}; tệp danh sách đơn vị có tối đa {MaxColumns} cột.");
            if (column < cells.Count)
                return Problem.InvalidField("file", $"Dòng {line} có hai ô cùng một cột ({cell.CellReference?.Value}).");
            while (cells.Count < column) cells.Add("");
            cells.Add(Text(cell, shared));
        }
        return cells.ToArray();
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.Boolean) return value == "1" ? "Có" : "Không";
        return value;
    }

    /// <summary>"AB12" → 27. Letters beyond three (past XFD) are not a column Excel has.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper).Take(4)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static string XmlError(XmlException e) =>
        e.LineNumber > 0 ? $"XML sai ở dòng {e.LineNumber}, vị trí {e.LinePosition}" : "XML sai";

    private static Problem Unreadable(string part, string why) =>
        Problem.InvalidField("file", $"Không đọc được tệp Excel (.xlsx): phần {part} bị lỗi ({why}). " +
            "Hãy mở tệp bằng Excel, lưu lại ở định dạng .xlsx hoặc CSV UTF-8 rồi nhập lại.");

    private static Problem TooLarge() =>
        Problem.InvalidField("file", $"Tệp Excel khi giải nén vượt quá {MaxDecompressedBytes / (1024 * 1024)} MB; tệp danh sách đơn vị không lớn đến vậy.");

    private static Problem TooCompressed(string part) =>
        Problem.InvalidField("file", $"Tệp Excel có phần {part} bị nén bất thường (hơn {MaxCompressionRatio} lần) nên không được nhận.");
}
