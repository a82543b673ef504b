using ContestServerless.Domain.Results;

namespace ContestServerless.Tests.Results;

/// <summary>Sample minutes and certificates, with Vietnamese names, for the documents' tests.</summary>
public static class ResultsPapers
{
    public const string ContestName = "Cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt tỉnh Sóc Trăng";

    public static JuryMinutes Minutes(string firstTitle = "Người giữ lửa ở Cù Lao Dung", IReadOnlyList<MinutesTie>? ties = null, string locality = "Sóc Trăng") => new(
        ContestName,
        "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
        "Chung khảo",
        // 18:30 UTC on 1 December is 01:30 on 2 December in Vietnam.
        new DateTimeOffset(2026, 12, 1, 18, 30, 0, TimeSpan.Zero),
        "Hội trường Sở Giáo dục và Đào tạo",
        locality,
        [new("Trần Văn Đức", "Trưởng ban"), new("Lê Thị Hồng Nhung", "Thành viên"), new("Phạm Quốc Bảo", "Thành viên")],
        [new("Nội dung, tư tưởng", 6m), new("Hình thức, bố cục", 2.5m), new("Sáng tạo", 1.5m)],
        JuryMinutes.CombinationOf(Domain.Judging.RankBy.Mean),
        [
            new(1, "CK-017", firstTitle, 27.5m, 9.17m),
            new(2, "CK-004", "Cô giáo vùng biên", 26m, 8.67m),
            new(2, "CK-021", "Mùa nước nổi", 26m, 8.67m),
            new(4, "CK-009", "Ánh đèn khuya", 24.25m, 8.08m),
        ],
        ties ?? [new(2, ["CK-004", "CK-021"], "Giải Nhì", "Nới chỉ tiêu Giải Nhì thêm một giải (biểu quyết 3/3)")],
        [
            new("Giải Nhất", "CK-017", firstTitle, "Nguyễn Thị Ánh Tuyết", "Trường THPT Hoàng Diệu"),
            new("Giải Nhì", "CK-004", "Cô giáo vùng biên", "Trần Văn Đức", "Phòng GD&ĐT Trần Đề"),
            new("Giải Nhì", "CK-021", "Mùa nước nổi", "Thạch Thị Sa Rinh", "Trường PT DTNT tỉnh"),
        ],
        "Trần Văn Đức",
        "Võ Ngọc Huyền");

    public static Certificate Certificate(string name = "Nguyễn Thị Ánh Tuyết", string title = "Người giữ lửa ở Cù Lao Dung", string tier = "Giải Nhất") => new(
        ContestName, name, title, tier, "Trường THPT Hoàng Diệu", "125/QĐ-BTC", new DateOnly(2026, 12, 15),
        "Trưởng Ban Tổ chức", "Lâm Hoàng Nghiệp");
}
