using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Reports;

/// <summary>
/// One version of a unit's quick report (báo cáo nhanh) on how it deployed the contest. Every amendment is a new
/// version; one filed after the due date is accepted and marked late.
/// </summary>
public sealed record QuickReport(
    string UnitId,
    int Version,
    IReadOnlyList<string> Channels,
    string OtherChannel,
    DateOnly? FocalPointNamedOn,
    int PeopleReached,
    int EntriesCollected,
    string Difficulties,
    string Proposals,
    string ReportedBy,
    DateTimeOffset FiledAt,
    bool Late,
    string? ScanBlobName = null)
{
    public const int MaxTextLength = 4000;
    public const int MaxOtherChannelLength = 200;
    public const long MaxScanBytes = 10 * 1024 * 1024;

    public string ScanBlobNameFor() => $"reports/{UnitId}/v{Version}.pdf";

    /// <summary>Validates a request into a report (its version is set when it is stored).</summary>
    public static Result<QuickReport> From(QuickReportRequest request, string unitId, ContestOptions contest, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var channels = (request.Channels ?? []).Select(c => Text.Clean(c).ToLowerInvariant()).Distinct().ToList();
        if (channels.Count == 0) errors["channels"] = ["Chọn ít nhất một hình thức tuyên truyền."];
        else if (channels.Any(c => !Reports.Channels.Names.ContainsKey(c))) errors["channels"] = ["Hình thức tuyên truyền không hợp lệ."];
        var other = new FreeText("hình thức khác", MaxOtherChannelLength,
            Missing: channels.Contains("other") ? "Vui lòng ghi rõ hình thức khác." : null).Read("otherChannel", request.OtherChannel, errors);

        DateOnly? namedOn = null;
        if (Text.Clean(request.FocalPointNamedOn) is { Length: > 0 } day)
        {
            if (!VietnamTime.TryParseDay(day, out var parsed))
                errors["focalPointNamedOn"] = [VietnamTime.InvalidDay("Ngày cử cán bộ đầu mối")];
            else if (parsed > VietnamTime.Day(now))
                errors["focalPointNamedOn"] = ["Ngày cử cán bộ đầu mối không được ở tương lai."];
            else namedOn = parsed;
        }
        else errors["focalPointNamedOn"] = ["Vui lòng nhập ngày cử cán bộ đầu mối."];

        if (request.PeopleReached is null) errors["peopleReached"] = ["Vui lòng nhập số người được phổ biến."];
        else if (request.PeopleReached is not (>= 0 and <= 10_000_000)) errors["peopleReached"] = ["Số người được phổ biến phải từ 0 đến 10.000.000."];
        if (request.EntriesCollected is null) errors["entriesCollected"] = ["Vui lòng nhập số bài đơn vị đã thu."];
        else if (request.EntriesCollected is not (>= 0 and <= 100_000)) errors["entriesCollected"] = ["Số bài đã thu phải từ 0 đến 100.000."];

        var difficulties = new FreeText("khó khăn, vướng mắc", MaxTextLength, LineBreaks: true).Read("difficulties", request.Difficulties, errors);
        var proposals = new FreeText("đề xuất, kiến nghị", MaxTextLength, LineBreaks: true).Read("proposals", request.Proposals, errors);
        var reportedBy = new FreeText("họ tên người báo cáo", 200, Missing: "Vui lòng nhập họ tên người báo cáo.").Read("reportedBy", request.ReportedBy, errors);

        if (request.Scan is { } scan)
        {
            var name = Text.Clean(scan.Name);
            if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) errors["scan.name"] = ["Bản scan có chữ ký phải là tệp .pdf."];
            if (scan.Size is not (> 0 and <= MaxScanBytes)) errors["scan.size"] = [$"Bản scan tối đa {MaxScanBytes / (1024 * 1024)} MB."];
        }

        if (errors.Count > 0) return Problem.Invalid(errors);
        return new QuickReport(unitId, 0, channels, channels.Contains("other") ? other : "", namedOn,
            request.PeopleReached!.Value, request.EntriesCollected!.Value, difficulties, proposals, reportedBy, now,
            Late: now > contest.QuickReportDueAt);
    }
}

/// <summary>What a focal point sends as the unit's quick report, before validation.</summary>
public sealed record QuickReportRequest(
    List<string>? Channels,
    string? OtherChannel,
    string? FocalPointNamedOn,
    int? PeopleReached,
    int? EntriesCollected,
    string? Difficulties,
    string? Proposals,
    string? ReportedBy,
    FileRequest? Scan);

/// <summary>How a unit made the contest known (hình thức tuyên truyền, phổ biến).</summary>
public static class Channels
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["meetings"] = "Hội nghị, cuộc họp",
        ["notices"] = "Văn bản, thông báo",
        ["media"] = "Báo, đài, bản tin",
        ["website"] = "Trang thông tin điện tử, mạng xã hội",
        ["other"] = "Hình thức khác",
    };
}

/// <summary>Quick reports, every version, kept beside the unit's entries so its tally counts them atomically.</summary>
public interface IQuickReportStore
{
    /// <summary>Stores the next version of the unit's report (numbered here) and counts it in the unit's tally.</summary>
    Task<QuickReport> AddAsync(QuickReport report, CancellationToken cancellationToken);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<QuickReport>> ListAsync(string unitId, CancellationToken cancellationToken);

    /// <summary>The newest version of each of these units' reports (units without one are left out).</summary>
    Task<IReadOnlyList<QuickReport>> LatestAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken);

    Task AttachScanAsync(string unitId, int version, string blobName, CancellationToken cancellationToken);
}
