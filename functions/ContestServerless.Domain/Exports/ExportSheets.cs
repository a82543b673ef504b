using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Standing;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Exports;

/// <summary>The columns of the spreadsheets organizers download, headed in Vietnamese.</summary>
public static class ExportSheets
{
    /// <summary>
    /// Every field of an entry except the receipt code, which is the entrant's secret for looking the entry up
    /// and has no use on paper.
    /// </summary>
    public static IReadOnlyList<Column<Entry>> EntryColumns(ContestOptions contest, UnitTree units) =>
    [
        new("Mã bài dự thi", e => e.Id),
        new("Tên tác phẩm", e => e.Title),
        new("Đơn vị", e => units.Find(e.UnitId)?.Name ?? e.UnitId),
        new("Mã đơn vị", e => e.UnitId),
        new("Phong trào thi đua", e => contest.FindMovement(e.MovementId)?.Name ?? e.MovementId),
        // Only the archive package lists withdrawn tombstones; every other export leaves them out.
        new("Trạng thái", e => e.Status == EntryStatus.Withdrawn ? "Đã rút (không tính)" : !e.IsReceived ? "Chưa hoàn tất" : e.InPlay ? "Đã nhận" : e.IsCopy ? "Bản trùng (không tính)" : "Bị loại (không tính)"),
        new("Ngày nhận", e => e.ReceivedAt is { } at ? VietnamTime.Day(at) : null),
        new("Giờ nhận", e => e.ReceivedAt is { } at ? VietnamTime.ToLocal(at).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null),
        new("Tác giả", e => e.Author.FullName),
        new("Năm sinh", e => e.Author.BirthYear),
        new("Nghề nghiệp", e => e.Author.Occupation),
        new("Nơi công tác", e => e.Author.Workplace),
        new("Địa chỉ tác giả", e => e.Author.Address),
        new("Điện thoại", e => e.Author.Phone),
        new("E-mail", e => e.Author.Email),
        new("Số tác giả", e => 1 + e.CoAuthors.Count),
        new("Đồng tác giả", e => CoAuthors(e)),
        new("Người/tập thể được viết về", e => e.Subject.Name),
        new("Địa chỉ người/tập thể được viết về", e => e.Subject.Address),
        new("Tóm tắt thành tích", e => e.Subject.Summary),
        new("Tên tệp gốc", e => e.File.Name),
        new("Dung lượng (byte)", e => e.File.Size),
        new("Số chữ (.docx)", e => e.WordCount),
        new("MD5", e => e.ContentMd5),
        new("Ngày tạo", e => VietnamTime.Day(e.CreatedAt)),
        new("Lý do tệp bị từ chối", e => e.RejectionReason),
        new("Nộp qua đơn vị", e => e.HandedInBy is { } unit ? units.Find(unit)?.Name ?? unit : null),
        new("Sơ loại của đơn vị", e => ScreeningName(e.Screening)),
        new("Lý do giữ lại", e => e.ScreeningReason),
        new("Điều kiện dự thi cần xem xét", e => e.Eligibility.IsFlagged ? string.Join(" ", e.Eligibility.Concerns) : null),
        new("Quyết định về điều kiện dự thi", e => EligibilityName(e.Eligibility)),
        new("Lý do quyết định", e => e.Eligibility.Reason),
        new("Bản trùng của bài", e => e.CopyOf),
    ];

    /// <summary>One cell for the whole group: "Trần Văn Bình, 2008, Trường THCS Phường 5, 0912 345 678, binh@…; …".</summary>
    public static string? CoAuthors(Entry entry) => entry.CoAuthors.Count == 0 ? null : string.Join("; ",
        entry.CoAuthors.Select(c => string.Join(", ", new[] { c.FullName, c.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Workplace, c.Phone, c.Email }.Where(v => v.Length > 0))));

    public static string? EligibilityName(Eligibility eligibility) => eligibility switch
    {
        { IsFlagged: false } => null,
        { Decision: EligibilityDecision.Kept } => "Giữ lại",
        { Decision: EligibilityDecision.Excluded } => "Loại",
        _ => "Chờ Ban Tổ chức quyết định",
    };

    public static string? ScreeningName(Screening screening) => screening switch
    {
        Screening.Forwarded => "Chuyển Ban Tổ chức",
        Screening.HeldBack => "Giữ lại",
        _ => null,
    };

    public static IReadOnlyList<Column<(GroupStanding Group, UnitStanding Unit)>> StandingColumns(UnitTree units) =>
    [
        new("Nhóm", r => r.Group.GroupName),
        new("Đơn vị", r => r.Unit.Unit.Name),
        new("Mã đơn vị", r => r.Unit.Unit.Id),
        new("Đơn vị cấp trên", r => r.Unit.Unit.ParentId is { } parent ? units.Find(parent)?.Name ?? parent : null),
        new("Số bài của đơn vị", r => r.Unit.OwnEntries),
        new("Số bài kể cả đơn vị trực thuộc", r => r.Unit.Entries),
        new("Số đơn vị trực thuộc", r => r.Unit.SubUnits),
        new("Ngày nhận bài gần nhất", r => r.Unit.LastReceivedAt is { } at ? VietnamTime.Day(at) : null),
        new("Chưa có bài", r => r.Unit.HasNoEntries ? "Chưa có bài" : null),
        new("Số bài tối thiểu", r => r.Unit.Unit.MinimumEntries),
        new("Báo cáo nhanh", r => ReportStatuses.Name(r.Unit.Report)),
        new("Bài do đơn vị nộp thay", r => r.Unit.HandedIn),
        new("Bài đơn vị chuyển", r => r.Unit.Forwarded),
        new("Bài đơn vị giữ lại", r => r.Unit.HeldBack),
    ];
}
