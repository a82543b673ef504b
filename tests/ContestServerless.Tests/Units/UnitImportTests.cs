using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Units;

public sealed class UnitImportTests
{
    private static readonly DateTimeOffset Now = new(2018, 4, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<Unit> Register =
    [
        Sample.Unit("so-noi-vu", "so-ban-nganh", name: "Sở Nội vụ"),
        Sample.Unit("h-ke-sach", "huyen", name: "Huyện Kế Sách"),
    ];

    private const string Header = "Mã đơn vị,Tên đơn vị,Nhóm,Mã đơn vị cấp trên,Đang tham gia,Số bài tối thiểu,Đầu mối 1 - Họ tên,Đầu mối 1 - Chức vụ,Đầu mối 1 - E-mail,Đầu mối 1 - Điện thoại";

    private static UnitImportPreview Preview(string csv)
    {
        var lines = UnitSheet.Read(UnitCsv.ReadRows(new StringReader(csv)).ToList());
        Assert.Null(lines.Problem);
        return UnitImport.Preview(lines.Value!, Register, TestContest.OpenAround(Now));
    }

    private static ImportLine Line(UnitImportPreview preview, int line) => preview.Lines.Single(l => l.Line == line);

    [Fact]
    public void A_preview_sorts_lines_into_added_changed_and_unchanged_and_names_what_changes()
    {
        var preview = Preview($"""
            {Header}
            thcs-ke-sach,Trường THCS Kế Sách,truong-hoc,h-ke-sach,Có,2,Lê Văn Tám,Hiệu phó,tam@example.org,0299 111 222
            so-noi-vu,Sở Nội vụ tỉnh Sóc Trăng,"Các Sở, Ban ngành tỉnh",,Có,1,,,so-noi-vu@example.org,
            h-ke-sach,Huyện Kế Sách,huyen,,,,,,h-ke-sach@example.org,
            """);

        Assert.Equal(ImportOutcome.Added, Line(preview, 2).Outcome);
        Assert.Equal(ImportOutcome.Changed, Line(preview, 3).Outcome);
        Assert.Equal(["Tên: “Sở Nội vụ” → “Sở Nội vụ tỉnh Sóc Trăng”"], Line(preview, 3).Notes);
        Assert.Equal(ImportOutcome.Unchanged, Line(preview, 4).Outcome);
        var school = preview.Units.Single(u => u.Id == "thcs-ke-sach");
        Assert.Equal((2, "h-ke-sach", "truong-hoc"), (school.MinimumEntries, school.ParentId!, school.Group));
        Assert.Equal(new FocalPoint("Lê Văn Tám", "Hiệu phó", "tam@example.org", "0299 111 222"), school.FocalPoints.Single());
        Assert.False(preview.HasRejections);
    }

    [Theory]
    [InlineData("x-1,Đơn vị X,nhom-la,,Có,1,,,,", "Nhóm “nhom-la” không có trong các nhóm của công văn.")]
    [InlineData("x-1,Đơn vị X,huyen,khong-co,Có,1,,,,", "Đơn vị cấp trên “khong-co” không tồn tại.")]
    [InlineData("x-1,,huyen,,Có,1,,,,", "Thiếu tên đơn vị.")]
    [InlineData("x-1,Đơn vị X,huyen,,Có,1,Lan,,lan@,", "E-mail của cán bộ đầu mối 1 không hợp lệ: lan@.")]
    [InlineData("X 1,Đơn vị X,huyen,,Có,1,,,,", "Mã đơn vị “x 1” chỉ được gồm chữ thường")]
    [InlineData("x-1,Đơn vị X,huyen,,Có lẽ,1,,,,", "Cột Đang tham gia chỉ nhận Có hoặc Không")]
    [InlineData("x-1,Đơn vị X,huyen,,Có,nhiều,,,,", "Số bài tối thiểu “nhiều” không phải là số.")]
    public void A_bad_line_is_rejected_with_its_reason_and_nothing_would_be_written(string line, string reason)
    {
        var preview = Preview($"{Header}\ntp-moi,Thành phố mới,huyen,,Có,1,,,,\n{line}\n");

        Assert.True(preview.HasRejections);
        Assert.Equal(ImportOutcome.Rejected, Line(preview, 3).Outcome);
        Assert.Contains(Line(preview, 3).Notes, note => note.StartsWith(reason, StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Added, Line(preview, 2).Outcome);
    }

    [Fact]
    public void Duplicate_ids_are_rejected_on_every_line_that_repeats_them()
    {
        var preview = Preview($"{Header}\nx-1,Đơn vị X,huyen,,,,,,,\nx-1,Đơn vị Y,huyen,,,,,,,\n");

        Assert.All(preview.Lines, l => Assert.Contains("Mã đơn vị “x-1” lặp lại ở các dòng 2, 3.", l.Notes));
    }

    [Fact]
    public void A_parent_chain_that_loops_is_rejected_naming_the_loop()
    {
        var preview = Preview($"{Header}\na-1,A,huyen,b-1,,,,,,\nb-1,B,huyen,a-1,,,,,,\n");

        Assert.Contains("Đơn vị cấp trên tạo thành vòng lặp: a-1 → b-1 → a-1.", Line(preview, 2).Notes);
        Assert.Contains("Đơn vị cấp trên tạo thành vòng lặp: b-1 → a-1 → b-1.", Line(preview, 3).Notes);
    }

    [Fact]
    public void A_parent_may_come_later_in_the_file()
    {
        var preview = Preview($"{Header}\ntruong-a,Trường A,truong-hoc,huyen-moi,,,,,,\nhuyen-moi,Huyện mới,huyen,,,,,,,\n");

        Assert.False(preview.HasRejections);
    }

    [Fact]
    public void Columns_left_out_keep_the_registers_values_and_english_headers_are_understood()
    {
        var preview = Preview("id,name,group,active\nso-noi-vu,Sở Nội vụ,so-ban-nganh,no\n");

        var unit = preview.Units.Single();
        Assert.False(unit.Active);
        Assert.Equal("so-noi-vu@example.org", unit.FocalPoints.Single().Email);
        Assert.Equal(["Đang tham gia: “Có” → “Không”"], Line(preview, 2).Notes);
    }

    [Theory]
    [InlineData("Mã,Tên đơn vị,Nhóm", "Không nhận ra cột: “Mã”.")]
    [InlineData("Mã đơn vị,Tên đơn vị", "Thiếu cột: Nhóm.")]
    public void A_file_whose_header_is_wrong_is_refused_as_a_whole(string header, string message)
    {
        var lines = UnitSheet.Read(UnitCsv.ReadRows(new StringReader($"{header}\nx,y,z\n")).ToList());

        Assert.StartsWith(message, lines.Problem!.Errors!["file"].Single());
    }

    [Fact]
    public void The_export_reads_back_as_the_same_register()
    {
        var sheet = UnitSheet.ToSheet(Register);
        var rows = new List<string[]> { sheet.Columns.Select(c => c.Header).ToArray() };
        rows.AddRange(sheet.Rows.Select(u => sheet.Columns.Select(c => Convert.ToString(c.Value(u)) ?? "").ToArray()));

        var preview = UnitImport.Preview(UnitSheet.Read(rows).Value!, Register, TestContest.OpenAround(Now));

        Assert.All(preview.Lines, l => Assert.Equal(ImportOutcome.Unchanged, l.Outcome));
    }

    [Fact]
    public void An_id_repeated_on_many_lines_names_the_first_ten_and_the_count()
    {
        var preview = Preview(Header + "\n" + string.Concat(Enumerable.Repeat("x-2,Đơn vị,so-ban-nganh\n", 12)));

        Assert.Contains("Mã đơn vị “x-2” lặp lại ở các dòng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11… (12 dòng).", Line(preview, 13).Notes);
    }

    [Fact]
    public void The_header_is_the_first_line_with_anything_in_it()
    {
        var preview = Preview(",,\n\n" + Header + "\nx-3,Đơn vị ba,so-ban-nganh\n");

        Assert.Equal(ImportOutcome.Added, Line(preview, 4).Outcome);
    }

    [Fact]
    public void A_unit_may_name_as_parent_a_unit_that_comes_later_in_the_file_but_not_itself()
    {
        var preview = Preview($"""
            {Header}
            x-con,Đơn vị con,so-ban-nganh,x-cha
            x-cha,Đơn vị cha,so-ban-nganh
            x-tu,Đơn vị tự trỏ,so-ban-nganh,x-tu
            """);

        Assert.Equal(ImportOutcome.Added, Line(preview, 2).Outcome);
        Assert.Equal(ImportOutcome.Rejected, Line(preview, 4).Outcome);
    }
}
