using System.Globalization;
using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;

namespace ContestServerless.Functions.Http;

/// <summary>
/// Reads a small spreadsheet sent as the request body: .xlsx (first sheet) or CSV in UTF-8, into rows of text.
/// Import files are a few kilobytes, so unlike entries they come through the function.
/// </summary>
public static class SpreadsheetUpload
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static async Task<Result<IReadOnlyList<string[]>>> ReadRowsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body) return TooLarge();
        if (body.Length == 0) return Problem.InvalidField("file", "Chưa chọn tệp danh sách đơn vị.");

        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        return bytes.StartsWith("PK\u0003\u0004"u8) ? ReadXlsx(body) : ReadCsv(bytes);
    }

    private static Result<IReadOnlyList<string[]>> ReadCsv(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            return Problem.InvalidField("file", "Tệp CSV phải được lưu ở dạng UTF-8 (trong Excel: Lưu thành › CSV UTF-8).");
        }
        return UnitCsv.ReadRows(new StringReader(text)).ToList();
    }

    private static Result<IReadOnlyList<string[]>> ReadXlsx(Stream file)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(file, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

            var rows = new List<string[]>();
            foreach (var row in worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(Text(cell, shared));
                }
                rows.Add([.. cells]);
            }
            return rows;
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FormatException or ArgumentException)
        {
            return Problem.InvalidField("file", "Không đọc được tệp Excel (.xlsx). Hãy lưu lại tệp ở định dạng .xlsx hoặc CSV UTF-8.");
        }
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

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }

    private static Problem TooLarge() =>
        Problem.InvalidField("file", $"Tệp danh sách đơn vị tối đa {MaxBytes / (1024 * 1024)} MB.");
}
