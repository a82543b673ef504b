using System.Text;
using ContestServerless.Domain.Exports;
using ContestServerless.Functions.Units;

namespace ContestServerless.Tests.Exports;

[Collection(StackCollection.Name)]
public sealed class ExportTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private async Task<string> EnterAsync(string title)
    {
        var form = Entrant.Form(unitId: "hoi-phu-nu");
        form["title"] = title;
        form["author"]!["phone"] = "+84 912 345 678";
        return await Entrant.EnterAsync(form, TestFiles.Pdf());
    }

    [Fact]
    public async Task The_entry_list_exports_as_csv_in_utf8_with_a_bom_and_formulas_neutralized()
    {
        var id = await EnterAsync("=HYPERLINK(\"http://evil.example\",\"Bấm vào\")");

        var response = await Organizer.GetAsync("/api/organizer/exports/entries?format=csv&unit=hoi-phu-nu");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^Danh-sach-bai-du-thi-\d{4}-\d{2}-\d{2}-\d{4}\.csv$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("Mã bài dự thi,Tên tác phẩm,Đơn vị,", lines[0]);
        var row = lines.Single(l => l.StartsWith(id, StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bấm vào\"\")\"", row);
        Assert.Contains(",'+84 912 345 678,", row);
        Assert.Contains("Hội Liên hiệp Phụ nữ tỉnh", row);
    }

    [Fact]
    public async Task The_entry_list_exports_as_xlsx_with_every_field_in_Vietnamese()
    {
        var id = await EnterAsync("Người mẹ của những đứa trẻ mồ côi");

        var response = await Organizer.GetAsync("/api/organizer/exports/entries?unit=hoi-phu-nu");
        var rows = Spreadsheets.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal(ExportFormats.ContentType(ExportFormat.Xlsx), response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(33, rows[0].Count);
        Assert.Equal("Tên tác phẩm", rows[0][1]);
        var row = rows.Single(r => r[0] == id);
        Assert.Equal("Người mẹ của những đứa trẻ mồ côi", row[1]);
        Assert.Equal("Nguyễn Thị Lan", row[rows[0].IndexOf("Tác giả")]);
        Assert.Equal("+84 912 345 678", row[rows[0].IndexOf("Điện thoại")]);
        Assert.Equal("1985", row[rows[0].IndexOf("Năm sinh")]);
    }

    [Fact]
    public async Task A_copy_is_exported_marked_as_not_counted_with_the_entry_it_copies()
    {
        await TestUnits.AddAsync(Organizer, "xuat-ban-trung");
        var original = await Entrant.EnterAsync("xuat-ban-trung", "Ông bụt giữa đời thường", TestFiles.Pdf(padding: 4444));
        var copy = await Entrant.EnterAsync("xuat-ban-trung", "Ông bụt giữa đời thường", TestFiles.Pdf(padding: 4445));
        (await Organizer.PostAsJsonAsync($"/api/organizer/entries/{copy}/duplicate", new { copyOf = original, reason = "Gửi hai lần" })).EnsureSuccessStatusCode();

        var rows = Spreadsheets.Read(new MemoryStream(await Organizer.GetByteArrayAsync("/api/organizer/exports/entries?unit=xuat-ban-trung")));

        (string Status, string CopyOf) Read(string id)
        {
            var row = rows.Single(r => r[0] == id);
            string At(string column) => rows[0].IndexOf(column) is var i && i < row.Count ? row[i] : "";
            return (At("Trạng thái"), At("Bản trùng của bài"));
        }
        Assert.Equal(("Bản trùng (không tính)", original), Read(copy));
        Assert.Equal(("Đã nhận", ""), Read(original));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_units_standing_exports_every_unit_with_its_group(string format)
    {
        var response = await Organizer.GetAsync($"/api/organizer/exports/standing?format={format}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var rows = format == "xlsx"
            ? Spreadsheets.Read(new MemoryStream(bytes))
            : Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',').ToList()).ToList();
        var active = (await Organizer.GetFromJsonAsync<List<UnitView>>("/api/organizer/units"))!.Count(u => u.Active);
        Assert.Equal(active + 1, rows.Count);
        Assert.Equal(["Nhóm", "Đơn vị", "Mã đơn vị"], rows[0][..3]);
        Assert.Contains(rows, r => r.Contains("Sở Nội vụ") && r.Contains("so-noi-vu"));
    }

    [Theory]
    [InlineData("/api/organizer/exports/entries?format=pdf", "format")]
    [InlineData("/api/organizer/exports/standing?format=docx", "format")]
    [InlineData("/api/organizer/exports/entries?movement=nope", "movement")]
    public async Task A_bad_export_request_gets_a_problem(string url, string field)
    {
        var response = await Organizer.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_quick_reports_export_one_row_per_active_unit_with_its_status()
    {
        var response = await Organizer.GetAsync("/api/organizer/exports/reports?format=xlsx");
        var rows = Spreadsheets.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var active = (await Organizer.GetFromJsonAsync<List<UnitView>>("/api/organizer/units"))!.Count(u => u.Active);
        Assert.Equal(active + 1, rows.Count);
        Assert.Equal(["Nhóm", "Đơn vị", "Mã đơn vị", "Tình trạng"], rows[0][..4]);
        Assert.Contains(rows, r => r.Contains("bien-phong") && r.Contains("Chưa báo cáo"));
    }
}
