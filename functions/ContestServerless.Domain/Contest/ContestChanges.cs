using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Domain.Contest;

/// <summary>What an edit changed in a contest's settings, field by field, in words for the audit trail.</summary>
public static class ContestChanges
{
    private static readonly (string Label, Func<ContestOptions, string> Show)[] Fields =
    [
        ("Tên cuộc thi", c => c.Name),
        ("Đơn vị tổ chức", c => c.Organizer),
        ("Giới thiệu", c => c.Description),
        ("Cơ quan chủ trì", c => c.Authority),
        ("Lời giới thiệu trang chủ", c => string.Join(" ¶ ", c.Intro)),
        ("Địa bàn", c => c.Area),
        ("Liên hệ", c => c.Contact),
        ("Bắt đầu nhận bài", c => VietnamTime.DateTime(c.SubmissionOpensAt)),
        ("Hạn nhận bài", c => VietnamTime.DateTime(c.SubmissionClosesAt)),
        ("Hạn báo cáo nhanh", c => VietnamTime.DateTime(c.QuickReportDueAt)),
        ("Phong trào", c => string.Join("; ", c.Movements.Select(m => $"{m.Id}: {m.Name}"))),
        ("Khối đơn vị", c => string.Join("; ", c.UnitGroups.Select(g => $"{g.Id}: {g.Name}"))),
        ("Văn bản", c => string.Join("; ", c.Documents.Select(d => $"{d.Number} ngày {d.CitedDate} ({d.Role}): {d.Title}"))),
        ("Định dạng tệp", c => string.Join(", ", c.EntryRules.AllowedExtensions)),
        ("Dung lượng tệp tối đa (byte)", c => Number(c.EntryRules.MaxFileBytes)),
        ("Số chữ tối đa", c => Number(c.EntryRules.MaxWords)),
        ("Số đồng tác giả tối đa", c => Number(c.EntryRules.MaxCoAuthors)),
        ("Tuổi tác giả tối thiểu", c => Number(c.EntryRules.MinAuthorAge)),
        ("Tuổi tác giả tối đa", c => Number(c.EntryRules.MaxAuthorAge)),
        ("Hạng giải", c => string.Join("; ", (c.PrizeTiers ?? []).Select(t => $"{t.Name}: {Number(t.Quota)}{(t.MovementId is { } m ? $" ({m})" : "")}"))),
        ("Biên bản, giấy chứng nhận", c => c.Papers is not { } p ? ""
            : $"địa điểm {p.Place}; địa danh {p.Locality}; Trưởng Ban Giám khảo {p.JuryChair}; Thư ký {p.JurySecretary}; ký {p.SignerTitle} {p.SignerName}"),
        ("Thang điểm mặc định", c => string.Join("; ", (c.Rubric?.Criteria ?? []).Select(k => $"{k.Id}: {k.Label} ({Points.Format(k.Max)})"))),
        ("Số giám khảo chấm mỗi bài", c => c.Rubric is { } r ? Number(r.JudgesPerEntry) : ""),
        ("Nhắc trước hạn (ngày)", c => string.Join(",", (c.Reminders?.DaysBefore ?? []).Select(d => Number(d)))),
        ("Nhắc khi quá hạn (mỗi … ngày)", c => c.Reminders is { } r ? Number(r.OverdueEveryDays) : ""),
        ("Phiên bản thông báo dữ liệu cá nhân", c => c.Privacy?.NoticeVersion ?? ""),
        ("Tuổi cần người giám hộ đồng ý", c => c.Privacy is { } p ? Number(p.GuardianAge) : ""),
        ("Thời hạn lưu dữ liệu (tháng)", c => c.Privacy is { } p ? Number(p.RetentionMonths) : ""),
    ];

    /// <summary>"Tên cuộc thi: “cũ” → “mới”", one line per field that changed.</summary>
    public static string Describe(ContestOptions before, ContestOptions after)
    {
        var lines = Fields
            .Select(f => (f.Label, Before: f.Show(before), After: f.Show(after)))
            .Where(f => f.Before != f.After)
            .Select(f => $"{f.Label}: “{f.Before}” → “{f.After}”")
            .ToList();
        return lines.Count == 0 ? "Không thay đổi nội dung nào." : string.Join("\n", lines);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
