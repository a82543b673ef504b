using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Reads an .xlsx with the Open XML SDK, as an independent check that spreadsheet programs can open it.</summary>
public static class Spreadsheets
{
    /// <summary>
    /// The first sheet's rows (or the sheet at <paramref name="sheetIndex"/>) as text, header first; a number with a date format reads as the spreadsheet shows it
    /// ("25/04/2018", "25/04/2018 09:30").
    /// </summary>
    public static List<List<string>> Read(Stream xlsx, int sheetIndex = 0)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheetIndex);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        return worksheet.Descendants<Row>()
            .Select(row =>
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!.Value!);
                    while (cells.Count < column) cells.Add("");
                    cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                        : DateFormatOf(workbook, cell) is { } format ? DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).ToString(format, CultureInfo.InvariantCulture)
                        : cell.CellValue?.Text ?? "");
                }
                return cells;
            })
            .ToList();
    }

    /// <summary>The .NET format of a cell whose style is a date format (dd/mm/yyyy [hh:mm]), or null.</summary>
    public static string? DateFormatOf(WorkbookPart workbook, Cell cell)
    {
        if (cell.StyleIndex?.Value is not { } style) return null;
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formatId = ((CellFormat)stylesheet!.CellFormats!.ElementAt((int)style)).NumberFormatId?.Value;
        var code = stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == formatId)?.FormatCode?.Value;
        return code switch
        {
            "dd/mm/yyyy" => "dd/MM/yyyy",
            "dd/mm/yyyy hh:mm" => "dd/MM/yyyy HH:mm",
            _ => null,
        };
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}
