using System.Net.Http.Headers;
using System.Text;
using ContestServerless.Functions.Units;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Units;

[Collection(StackCollection.Name)]
public sealed class UnitAdministrationTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private const string Header = "Mã đơn vị,Tên đơn vị,Nhóm,Mã đơn vị cấp trên,Đang tham gia,Số bài tối thiểu,Đầu mối 1 - Họ tên,Đầu mối 1 - Chức vụ,Đầu mối 1 - E-mail,Đầu mối 1 - Điện thoại";

    private Task<HttpResponseMessage> ImportAsync(byte[] file, string contentType, bool apply)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Organizer.PostAsync($"/api/organizer/units/import{(apply ? "?apply=true" : "")}", content);
    }

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<int> RegisterSizeAsync() => (await Stack.Services.GetRequiredService<IUnitRegister>().ListAsync(CancellationToken.None)).Count;

    [Fact]
    public async Task An_import_is_previewed_then_applied_and_the_register_gains_the_units()
    {
        var file = Csv($"{Header}\nimp-huyen,Huyện Nhập Thử,huyen,,Có,2,Lê Thị Hoa,Chánh Văn phòng,hoa@example.org,0299 1\nimp-truong,Trường Nhập Thử,truong-hoc,imp-huyen,Có,1,,,,\n");

        var preview = await (await ImportAsync(file, "text/csv", apply: false)).ReadAs<UnitImportPreviewView>();
        Assert.Null(await Stack.Services.GetRequiredService<IUnitRegister>().FindAsync("imp-huyen", CancellationToken.None));
        var applied = await ImportAsync(file, "text/csv", apply: true);

        Assert.Equal((2, 0, 0), (preview.Added, preview.Changed, preview.Rejected));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var school = await Stack.Services.GetRequiredService<IUnitRegister>().FindAsync("imp-truong", CancellationToken.None);
        Assert.Equal(("imp-huyen", "Trường Nhập Thử"), (school!.ParentId, school.Name));
        var district = await Stack.Services.GetRequiredService<IUnitRegister>().FindAsync("imp-huyen", CancellationToken.None);
        Assert.Equal(new FocalPoint("Lê Thị Hoa", "Chánh Văn phòng", "hoa@example.org", "0299 1"), district!.FocalPoints.Single());
    }

    [Fact]
    public async Task An_import_with_any_bad_line_writes_nothing_and_names_each_bad_line()
    {
        var before = await RegisterSizeAsync();
        var file = Csv($"""
            {Header}
            bad-ok,Đơn vị tốt,huyen,,,,,,,
            bad-group,Đơn vị A,nhom-la,,,,,,,
            bad-parent,Đơn vị B,huyen,khong-ton-tai,,,,,,
            bad-dup,Đơn vị C,huyen,,,,,,,
            bad-dup,Đơn vị D,huyen,,,,,,,
            bad-mail,Đơn vị E,huyen,,,,Lan,,lan(at)example.org,
            bad-name,,huyen,,,,,,,
            bad-cycle-a,Đơn vị F,huyen,bad-cycle-b,,,,,,
            bad-cycle-b,Đơn vị G,huyen,bad-cycle-a,,,,,,

            """);

        var response = await ImportAsync(file, "text/csv", apply: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Equal(["line 10", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("Nhóm “nhom-la”", errors["line 3"][0]);
        Assert.Contains("lan(at)example.org", errors["line 7"][0]);
        Assert.Equal(before, await RegisterSizeAsync());
    }

    [Fact]
    public async Task The_export_in_xlsx_imports_back_unchanged()
    {
        var export = await Organizer.GetByteArrayAsync("/api/organizer/exports/units?format=xlsx");

        var preview = await (await ImportAsync(export, ExportFormats.ContentType(ExportFormat.Xlsx), apply: false)).ReadAs<UnitImportPreviewView>();

        Assert.Equal(0, preview.Added + preview.Changed + preview.Rejected);
        Assert.Equal(await RegisterSizeAsync(), preview.Unchanged);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0xE3, 0x20, 0xC4 }, "text/csv", "UTF-8")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, "application/octet-stream", ".xlsx")]
    [InlineData(new byte[0], "text/csv", "Chưa chọn tệp")]
    public async Task An_unreadable_file_is_refused_with_a_reason(byte[] file, string contentType, string reason)
    {
        var response = await ImportAsync(file, contentType, apply: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.ReadProblem()).Errors["file"][0]);
    }

    [Fact]
    public async Task A_unit_saved_with_bad_fields_is_refused_field_by_field()
    {
        var response = await Organizer.PostAsJsonAsync("/api/organizer/units", new
        {
            id = "Không Hợp Lệ",
            name = "",
            group = "khong-co",
            parentId = "cung-khong-co",
            minimumEntries = -1,
            focalPoints = new[] { new { name = "Lan", email = "lan@" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Equal(["focalPoints[0].email", "group", "id", "minimumEntries", "name", "parentId"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_deactivated_unit_leaves_the_public_list_and_its_link_stops_working()
    {
        await TestUnits.AddAsync(Organizer, "tam-ngung");
        var token = await TestUnits.LinkTokenAsync(Organizer, "tam-ngung");

        await Organizer.PostAsJsonAsync("/api/organizer/units", new { id = "tam-ngung", name = "Đơn vị thử tam-ngung", group = "so-ban-nganh", active = false });

        var publicList = (await Stack.Http.GetFromJsonAsync<List<UnitBriefView>>("/api/units"))!;
        Assert.DoesNotContain(publicList, u => u.Id == "tam-ngung");
        using var portal = TestUnits.Portal(Stack, token);
        var response = await portal.GetAsync("/api/unit");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Đơn vị đã ngừng tham gia", (await response.ReadProblem()).Title);
        var entry = await Stack.Http.PostAsJsonAsync("/api/entries", Entrant.Form(unitId: "tam-ngung"));
        Assert.Equal(HttpStatusCode.BadRequest, entry.StatusCode);
    }
}
