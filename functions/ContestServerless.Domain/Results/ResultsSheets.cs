using ContestServerless.Domain.Exports;

namespace ContestServerless.Domain.Results;

/// <summary>The columns of the results workbook, headed in Vietnamese.</summary>
public static class ResultsSheets
{
    public static readonly IReadOnlyList<Column<Winner>> WinnerColumns =
    [
        new("Hạng giải", w => w.TierName),
        new("Giá trị giải (đồng)", w => w.Amount),
        new("Số phách", w => w.Candidate.Code),
        new("Mã bài dự thi", w => w.Candidate.EntryId),
        new("Tên tác phẩm", w => w.Candidate.Title),
        new("Tác giả", w => string.Join("; ", w.Authors)),
        new("Đơn vị", w => w.UnitName),
        new("Phong trào thi đua", w => w.MovementName),
        new("Thứ hạng", w => w.Candidate.Rank),
        new("Điểm", w => w.Candidate.Score),
    ];

    public static readonly IReadOnlyList<Column<UnitAward>> UnitAwardColumns =
    [
        new("Mã đơn vị", u => u.UnitId),
        new("Đơn vị", u => u.UnitName),
        new("Số bài tối thiểu", u => u.Minimum),
        new("Số bài đã nhận", u => u.Entries),
        new("Đạt chỉ tiêu", u => u.MetMinimum ? "Đạt" : "Chưa đạt"),
        new("Số bài vào vòng chung khảo", u => u.InFinalRound),
        new("Số giải", u => u.Prizes),
        new("Báo cáo nhanh", u => u.ReportOnTime switch { true => "Đúng hạn", false => "Trễ hạn", null => "Chưa báo cáo" }),
        new("Giải tập thể", u => u.Awarded ? "Đề nghị khen thưởng" : null),
    ];
}
