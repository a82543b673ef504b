using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Organizers create a contest: blank (the deployment's configured settings under the new name, with dates of its own)
/// or a copy of an earlier one (its settings and dates, and optionally its register of units with their focal points).
/// A copy never carries entries, reports, reminders, scores, results or audit: the new contest's tables start empty but
/// for the register, and its unit links are new because every contest but the first signs its links with its own id.
/// </summary>
public sealed class ContestCreationService(ContestDirectory directory, IContestStore store, IContestData data, TimeProvider clock)
{
    /// <summary>A blank contest opens this long after it is created (and stays upcoming meanwhile, so nothing public changes)…</summary>
    public static readonly TimeSpan BlankOpensIn = TimeSpan.FromDays(30);

    /// <summary>…and stays open this long; organizers set the real dates before it opens.</summary>
    public static readonly TimeSpan BlankOpenFor = TimeSpan.FromDays(60);

    public async Task<Result<ContestRecord>> CreateAsync(ContestCreationRequest request, SignedInUser user, CancellationToken cancellationToken)
    {
        var read = ContestSettingsReader.ReadCreation(request);
        if (read.Problem is { } invalid) return invalid;
        var (id, name, copyFrom) = read.Value;
        var stored = await store.ListAsync(cancellationToken);
        var source = copyFrom.Length > 0 ? stored.FirstOrDefault(r => r.Id == copyFrom) : null;
        if (copyFrom.Length > 0 && source is null) return Problem.InvalidField("copyFrom", ContestSettingsReader.CopyFromMissing);
        if (stored.Any(r => r.Id == id)) return Taken(id);

        // A source stored before contests held every section serves the deployment's (Completed); the copy keeps them for good.
        var settings = source is null ? Blank(directory.Configured, clock.GetUtcNow()) : directory.Completed(source).Settings;
        settings.Id = id;
        settings.Name = name;
        var record = new ContestRecord(id, settings, "", null, ContestIds.StorageKeyFor(id, stored.Select(r => r.StorageKey)));

        // Its tables and containers exist before the record does, so no request ever finds the contest without them.
        await data.ProvisionAsync(record, cancellationToken);
        // Of two organizers creating the same id at once, the second is refused here, before it has copied anything.
        if (await store.TryAddAsync(record, cancellationToken) is not { } saved) return Taken(id);
        var units = source is not null && request.CopyRegister == true ? await CopyRegisterAsync(source, saved, cancellationToken) : 0;
        await data.AuditOf(saved).RecordAsync(user, AuditAction.ContestCreated, id, Describe(saved, source, request.CopyRegister == true, units), cancellationToken);
        await directory.RefreshAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// The deployment's configured settings, its dates moved so that the contest opens <see cref="BlankOpensIn"/> from
    /// today (at midnight, Vietnam time) and stays open <see cref="BlankOpenFor"/>; the quick report falls due as long
    /// after opening as the configured one does.
    /// </summary>
    public static ContestOptions Blank(ContestOptions configured, DateTimeOffset now)
    {
        var opens = VietnamTime.FromLocal(VietnamTime.WallClock(now).Date + BlankOpensIn);
        var reportAfter = configured.QuickReportDueAt - configured.SubmissionOpensAt;
        configured.SubmissionOpensAt = opens;
        configured.SubmissionClosesAt = opens + BlankOpenFor;
        configured.QuickReportDueAt = opens + reportAfter;
        return configured;
    }

    /// <summary>The source's units with their focal points, e-mails and owed entries, as they stand; answers how many.</summary>
    private async Task<int> CopyRegisterAsync(ContestRecord source, ContestRecord copy, CancellationToken cancellationToken)
    {
        var units = await data.UnitsOf(source).ListAsync(cancellationToken);
        await data.UnitsOf(copy).SaveAsync(units, cancellationToken);
        return units.Count;
    }

    private static string Describe(ContestRecord created, ContestRecord? source, bool withRegister, int units) =>
        source is null
            ? $"Tạo cuộc thi “{created.Settings.Name}” (mã {created.Id}) theo cấu hình mặc định của hệ thống; nhận bài từ {VietnamTime.DateTime(created.Settings.SubmissionOpensAt)} đến {VietnamTime.DateTime(created.Settings.SubmissionClosesAt)}."
            : $"Tạo cuộc thi “{created.Settings.Name}” (mã {created.Id}) sao chép thông tin từ cuộc thi “{source.Settings.Name}” (mã {source.Id})"
              + (withRegister ? $", kèm danh sách {units} đơn vị và cán bộ đầu mối." : ", không kèm danh sách đơn vị.");

    private static Problem Taken(string id) => new(ProblemKind.Conflict, "Mã cuộc thi đã được dùng",
        $"Đã có cuộc thi với mã “{id}”. Vui lòng chọn mã khác.",
        new Dictionary<string, string[]> { ["id"] = [$"Đã có cuộc thi với mã “{id}”; vui lòng chọn mã khác."] });
}
