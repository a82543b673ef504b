using System.Text;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;

namespace ContestServerless.Tests.Exports;

public sealed class ExportWriterTests
{
    private static readonly Sheet<(string Text, int Number)> Rows = new("Thử: [tên]/dài hơn ba mươi mốt ký tự", [
        new("Nội dung", r => r.Text),
        new("Số", r => r.Number),
    ], [("Nguyễn Thị Lan", 1), ("=1+1", 2), ("-3", 3), ("@SUM(A1)", 4), ("a,\"b\"\nc", 5), ("chuông\u0007", 6)]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84 912 345 678", "'+84 912 345 678")]
    [InlineData("-3", "'-3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Nguyễn = Lan", "Nguyễn = Lan")]
    public void Csv_cells_that_start_like_a_formula_are_neutralized(string text, string expected)
    {
        Assert.Equal(expected, CsvWriter.Neutralize(text));
    }

    [Fact]
    public async Task Csv_is_utf8_with_a_bom_quoted_where_needed_and_numbers_left_as_numbers()
    {
        var output = new MemoryStream();

        await CsvWriter.WriteAsync(Rows, output, CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Nội dung,Số\r\nNguyễn Thị Lan,1\r\n'=1+1,2\r\n'-3,3\r\n'@SUM(A1),4\r\n\"a,\"\"b\"\"\nc\",5\r\nchuông\u0007,6\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Xlsx_is_a_valid_workbook_with_text_as_text_and_numbers_as_numbers()
    {
        var output = new MemoryStream();

        await XlsxWriter.WriteAsync(Rows, output, CancellationToken.None);

        output.Position = 0;
        var rows = Spreadsheets.Read(output);
        Assert.Equal(["Nội dung", "Số"], rows[0]);
        Assert.Equal(["=1+1", "2"], rows[2]);
        Assert.Equal(["chuông", "6"], rows[6]);
        Assert.Equal(7, rows.Count);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Xlsx_columns_are_lettered_as_spreadsheets_letter_them(int index, string name)
    {
        Assert.Equal(name, XlsxWriter.ColumnName(index));
    }

    [Theory]
    [InlineData("Người giữ rừng: chuyện/ông Tư", "Nguyễn Thị Lan", "Người giữ rừng chuyện ông Tư - Nguyễn Thị Lan.pdf")]
    [InlineData("  Bài \"hay\" <nhất>?  ", "Lan", "Bài hay nhất - Lan.pdf")]
    [InlineData("...", "", "bai-du-thi.pdf")]
    public void Entry_files_are_named_title_dash_author_without_characters_file_systems_refuse(string title, string author, string expected)
    {
        Assert.Equal(expected, ReadableNames.ForEntry(Sample.Entry(title: title, author: author)));
    }

    [Fact]
    public void Long_names_are_shortened_and_names_made_unique_per_folder_ignoring_case()
    {
        var names = new UniqueNames();

        Assert.Equal(120, ReadableNames.Safe(new string('ư', 300), "x").Length);
        Assert.Equal("A/Bài.pdf", names.Claim("A", "Bài.pdf"));
        Assert.Equal("A/BÀI (2).pdf", names.Claim("A", "BÀI.pdf"));
        Assert.Equal("B/Bài.pdf", names.Claim("B", "Bài.pdf"));
    }

    [Fact]
    public async Task Xlsx_dates_are_numbers_with_a_date_format_so_they_sort_and_csv_writes_them_as_dd_mm_yyyy()
    {
        var received = new DateTimeOffset(2026, 4, 24, 18, 30, 0, TimeSpan.Zero); // 25/04/2026 01:30 in Vietnam
        var sheet = new Sheet<DateTimeOffset>("Ngày", [
            new("Ngày nhận", at => ContestServerless.Domain.Common.VietnamTime.Day(at)),
            new("Lúc", at => ContestServerless.Domain.Common.VietnamTime.WallClock(at)),
        ], [received]);
        var xlsx = new MemoryStream();
        var csv = new MemoryStream();

        await XlsxWriter.WriteAsync(sheet, xlsx, CancellationToken.None);
        await CsvWriter.WriteAsync(sheet, csv, CancellationToken.None);

        xlsx.Position = 0;
        Assert.Equal(["25/04/2026", "25/04/2026 01:30"], Spreadsheets.Read(xlsx)[1]);
        xlsx.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, isEditable: false);
        var workbook = document.WorkbookPart!;
        var day = workbook.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "A2");
        Assert.Null(day.DataType); // a number, not text
        Assert.Equal(46137, double.Parse(day.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)); // 25/04/2026 as an Excel serial
        Assert.Equal("dd/MM/yyyy", Spreadsheets.DateFormatOf(workbook, day));
        Assert.Equal("Ngày nhận,Lúc\r\n25/04/2026,25/04/2026 01:30\r\n", Encoding.UTF8.GetString(csv.ToArray()[3..]));
    }
}
