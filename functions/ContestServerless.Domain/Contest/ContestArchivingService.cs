using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Closing a contest's work (lưu trữ): from then on its data is read-only, but for entrants' privacy requests and
/// retention (the rule every write meets before its function runs is the Functions app's <c>ContestRequest</c>); its
/// pages, results and archive package stay readable. Archiving is not undone.
/// </summary>
public sealed class ContestArchivingService(ContestDirectory directory, IContestStore store, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<ContestRecord>> ArchiveAsync(string id, SignedInUser user, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored) return ContestSettingsService.NotFound();
        if (stored.Archived is not null) return Archived();
        var archival = new ContestArchival(user.Name, clock.GetUtcNow());
        if (await directory.TryReplaceAsync(stored with { Archived = archival }, cancellationToken) is not { } saved)
            return new Problem(ProblemKind.Conflict, "Thông tin cuộc thi vừa được thay đổi",
                "Người khác vừa lưu thay đổi thông tin cuộc thi cùng lúc; vui lòng tải lại trang rồi lưu trữ lại.");
        await audit.RecordAsync(user, AuditAction.ContestArchived, id,
            $"Lưu trữ cuộc thi “{saved.Settings.Name}”: từ nay chỉ xem, trừ yêu cầu về dữ liệu cá nhân và việc xóa dữ liệu hết hạn lưu giữ.",
            cancellationToken);
        return saved;
    }

    /// <summary>What a change to an archived contest is answered, wherever it is refused.</summary>
    public static Problem Archived() => new(ProblemKind.Conflict, "Cuộc thi đã lưu trữ",
        "Cuộc thi này đã được lưu trữ nên chỉ xem được, không thay đổi được nữa.");
}
