using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Deleting a contest: one created by mistake (a wrong id, a copy not wanted) while it holds no entry, or an archived
/// contest whose records have been kept elsewhere (the archive package) and whose personal data must now go as a whole
/// (retention, Law 91/2025/QH15). A contest that holds entries and is still running is refused: entries are records,
/// so it is archived first, which is also when its package is made. Never the deployment's first contest, whose
/// addresses were printed before contests were records (its personal data still goes by the retention rules). The
/// contest's tables and containers go with it, its register included.
/// </summary>
public sealed class ContestDeletionService(ContestDirectory directory, IContestStore store, IContestData data)
{
    public async Task<Result<ContestRecord>> DeleteAsync(string id, SignedInUser user, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored) return ContestSettingsService.NotFound();
        if (stored.IsFirst || stored.Id == directory.DefaultId)
            return new Problem(ProblemKind.Conflict, "Không xóa được cuộc thi đầu tiên",
                "Đây là cuộc thi đầu tiên của hệ thống: các địa chỉ và đường dẫn đã in cho cuộc thi này phải tiếp tục dùng được. Có thể lưu trữ cuộc thi.");
        var holdsEntries = await data.HoldsEntriesAsync(stored, cancellationToken);
        if (holdsEntries && stored.Archived is null)
            return new Problem(ProblemKind.Conflict, "Cuộc thi đã có bài dự thi",
                "Cuộc thi đã có bài dự thi nên không xóa được: bài dự thi là hồ sơ phải giữ. Hãy lưu trữ cuộc thi và tải hồ sơ lưu trữ trước; cuộc thi đã lưu trữ mới xóa được toàn bộ dữ liệu.");
        if (!await store.TryDeleteAsync(stored, cancellationToken))
            return new Problem(ProblemKind.Conflict, "Thông tin cuộc thi vừa được thay đổi",
                "Người khác vừa thay đổi cuộc thi này; vui lòng tải lại trang rồi xóa lại nếu vẫn cần.");
        await directory.RefreshAsync(cancellationToken);
        // In the default contest's trail, which outlives every other contest: the deleted one's trail goes with its tables.
        await data.AuditOf(directory.Default).RecordAsync(user, AuditAction.ContestDeleted, id,
            holdsEntries
                ? $"Xóa toàn bộ dữ liệu của cuộc thi đã lưu trữ “{stored.Settings.Name}” (mã {id}): bài dự thi, tệp, danh sách đơn vị, chấm điểm, kết quả và nhật ký của cuộc thi."
                : $"Xóa cuộc thi “{stored.Settings.Name}” (mã {id}), chưa có bài dự thi, cùng danh sách đơn vị và dữ liệu của cuộc thi.", cancellationToken);
        // After the record: from now on no request reaches the contest, so nothing writes into what is being removed.
        await data.RemoveAsync(stored, cancellationToken);
        return stored;
    }
}
