using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using ContestServerless.Functions.Units;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Units;

/// <summary>
/// Hostile or broken unit files: each answers a 400 problem with a reason on "file" (never a 500), within caps
/// on rows and on what the .xlsx inflates to, and nothing is written.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class UnitImportFileTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string[] Header = ["Mã đơn vị", "Tên đơn vị", "Nhóm"];

    private async Task<(HttpStatusCode Status, string FileError)> ImportAsync(byte[] file, string contentType = XlsxType, bool apply = true)
    {
        var register = await RegisterSizeAsync();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await Organizer.PostAsync($"/api/organizer/units/import{(apply ? "?apply=true" : "")}", content);
        var problem = response.IsSuccessStatusCode ? null : await response.ReadProblem();
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(register, await RegisterSizeAsync());
        }
        return (response.StatusCode, problem?.Errors.TryGetValue("file", out var errors) == true ? errors[0] : "");
    }

    private async Task<int> RegisterSizeAsync() => (await Stack.Services.GetRequiredService<IUnitRegister>().ListAsync(CancellationToken.None)).Count;

    [Fact]
    public async Task A_hand_written_xlsx_is_read_row_by_row_and_keeps_its_line_numbers()
    {
        var sheet = $"<worksheet xmlns=\"{TestFiles.SheetNamespace}\"><sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã đơn vị</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Tên đơn vị</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Nhóm</t></is></c></row>" +
            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>nhap-sax</t></is></c><c r=\"C4\" t=\"inlineStr\"><is><t>so-ban-nganh</t></is></c></row>" +
            "</sheetData></worksheet>";

        var content = new ByteArrayContent(TestFiles.Xlsx(sheet));
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        var response = await Organizer.PostAsync("/api/organizer/units/import", content);

        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        var line = (await response.ReadAs<UnitImportPreviewView>()).Lines[0];
        Assert.Equal(4, line.Line);
        Assert.Contains("Thiếu tên đơn vị.", line.Notes);
    }

    [Fact]
    public async Task An_unclosed_sheet_is_refused_naming_the_part_and_the_row()
    {
        var unclosed = TestFiles.Sheet(Header, ["nhap-hong", "Đơn vị", "so-ban-nganh"]).Replace("</sheetData></worksheet>", "<row r=\"3\"><c");

        var (status, error) = await ImportAsync(TestFiles.Xlsx(unclosed));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("xl/worksheets/sheet1.xml", error);
        Assert.Contains("sau dòng 2", error);
    }

    [Fact]
    public async Task A_sheet_that_is_not_xml_is_refused_naming_the_part()
    {
        var (status, error) = await ImportAsync(TestFiles.Xlsx("Mã đơn vị,Tên đơn vị,Nhóm\nnhap,Đơn vị,so-ban-nganh"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("xl/worksheets/sheet1.xml", error);
    }

    [Fact]
    public async Task A_workbook_whose_sheet_part_is_missing_is_refused()
    {
        var (status, error) = await ImportAsync(TestFiles.Xlsx(sheetXml: null));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Không đọc được tệp Excel", error);
    }

    [Fact]
    public async Task A_sheet_with_a_document_type_definition_is_refused()
    {
        var sheet = "<!DOCTYPE worksheet [<!ENTITY unit \"nhap-dtd\">]>" +
            TestFiles.Sheet(Header, ["&unit;", "Đơn vị", "so-ban-nganh"]).Replace("<t>&amp;unit;</t>", "<t>&unit;</t>");

        var (status, error) = await ImportAsync(TestFiles.Xlsx(sheet));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("xl/worksheets/sheet1.xml", error);
    }

    [Fact]
    public async Task A_small_xlsx_whose_sheet_inflates_to_40_MB_is_refused_before_it_is_read()
    {
        var file = TestFiles.XlsxWithSheetOf(40L * 1024 * 1024);
        Assert.True(file.Length < 2 * 1024 * 1024, $"The file is {file.Length} bytes, over the upload limit.");

        var (status, error) = await ImportAsync(file);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("vượt quá 32 MB", error);
    }

    [Fact]
    public async Task A_sheet_compressed_beyond_the_ratio_is_refused()
    {
        var (status, error) = await ImportAsync(TestFiles.XlsxWithSheetOf(8L * 1024 * 1024, CompressionLevel.SmallestSize));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("nén bất thường", error);
    }

    [Fact]
    public async Task A_sheet_that_declares_small_sizes_but_inflates_past_the_cap_is_refused()
    {
        var lying = TestFiles.WithDeclaredSizes(TestFiles.XlsxWithSheetOf(40L * 1024 * 1024), declared: 1000);

        var (status, _) = await ImportAsync(lying);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_sheet_numbering_a_row_past_the_row_cap_is_refused()
    {
        var sheet = TestFiles.Sheet(Header).Replace("</sheetData>",
            "<row r=\"1048576\"><c t=\"inlineStr\"><is><t>nhap-xa</t></is></c></row></sheetData>");

        var (status, error) = await ImportAsync(TestFiles.Xlsx(sheet));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("tối đa 10.000 dòng", error);
    }

    [Fact]
    public async Task A_csv_of_more_lines_than_the_cap_is_refused()
    {
        var csv = new StringBuilder("Mã đơn vị,Tên đơn vị,Nhóm\n");
        for (var i = 0; i < 10_000; i++) csv.Append("nhap-").Append(i).Append(",Đơn vị,so-ban-nganh\n");

        var (status, error) = await ImportAsync(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("tối đa 10.000 dòng", error);
    }

    [Fact]
    public async Task A_cell_far_beyond_the_units_columns_is_refused_naming_its_line()
    {
        var sheet = TestFiles.Sheet(Header).Replace("</sheetData>",
            "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>xa</t></is></c></row></sheetData>");

        var (status, error) = await ImportAsync(TestFiles.Xlsx(sheet));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Dòng 2", error);
    }
}
