using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Results;

/// <summary>The results sheet (.xlsx): every prize with its author and unit, then the unit awards table.</summary>
public sealed class ResultsExport(IResultsStore store, WinnerList winners, UnitAwardsService unitAwards, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Export>> ExportAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (state.Approval is not { } approval)
            return new Problem(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Chỉ xuất kết quả sau khi Hội đồng đã phê duyệt.");
        var content = new MemoryStream();
        var (prizes, awarded) = await WriteAsync(approval, content, cancellationToken);
        content.Position = 0;
        var now = clock.GetUtcNow();
        await audit.RecordAsync(by, AuditAction.ResultsExported, ResultsChanges.Subject, $"{prizes} giải, {awarded} đơn vị được khen", cancellationToken);
        return new Export(ExportFormats.FileName("ket-qua", now, ExportFormat.Xlsx), ExportFormats.ContentType(ExportFormat.Xlsx), content);
    }

    /// <summary>Writes the approved results' workbook to <paramref name="output"/>; how many prizes and units awarded it lists.</summary>
    public async Task<(int Prizes, int UnitsAwarded)> WriteAsync(ResultsApproval approval, Stream output, CancellationToken cancellationToken)
    {
        var prizes = await winners.WinnersAsync(approval.Proposal, cancellationToken);
        var awards = await unitAwards.ListAsync(cancellationToken);
        await XlsxWriter.WriteAsync(
            new Sheet<Winner>("Kết quả", ResultsSheets.WinnerColumns, prizes),
            new Sheet<UnitAward>("Giải tập thể", ResultsSheets.UnitAwardColumns, awards),
            output, cancellationToken);
        return (prizes.Count, awards.Count(a => a.Awarded));
    }
}

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
