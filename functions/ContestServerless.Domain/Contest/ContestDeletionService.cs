using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Deleting a contest created by mistake (a wrong id, a copy not wanted): only while it holds no entry, since entries
/// are records to keep (archive the contest instead), and never the deployment's first contest, whose addresses were
/// printed before contests were records. The contest's tables and containers go with it, its register included.
/// </summary>
public sealed class ContestDeletionService(ContestDirectory directory, IContestStore store, IContestData data)
{
    public async Task<Result<ContestRecord>> DeleteAsync(string id, SignedInUser user, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored) return ContestSettingsService.NotFound();
        if (stored.IsFirst || stored.Id == directory.DefaultId)
            return new Problem(ProblemKind.Conflict, "Không xóa được cuộc thi đầu tiên",
                "Đây là cuộc thi đầu tiên của hệ thống: các địa chỉ và đường dẫn đã in cho cuộc thi này phải tiếp tục dùng được. Có thể lưu trữ cuộc thi.");
        if (await data.HoldsEntriesAsync(stored, cancellationToken))
            return new Problem(ProblemKind.Conflict, "Cuộc thi đã có bài dự thi",
                "Cuộc thi đã có bài dự thi nên không xóa được: bài dự thi là hồ sơ phải giữ. Hãy lưu trữ thay vì xóa.");
        if (!await store.TryDeleteAsync(stored, cancellationToken))
            return new Problem(ProblemKind.Conflict, "Thông tin cuộc thi vừa được thay đổi",
                "Người khác vừa thay đổi cuộc thi này; vui lòng tải lại trang rồi xóa lại nếu vẫn cần.");
        await directory.RefreshAsync(cancellationToken);
        // In the default contest's trail, which outlives every other contest: the deleted one's trail goes with its tables.
        await data.AuditOf(directory.Default).RecordAsync(user, AuditAction.ContestDeleted, id,
            $"Xóa cuộc thi “{stored.Settings.Name}” (mã {id}), chưa có bài dự thi, cùng danh sách đơn vị và dữ liệu của cuộc thi.", cancellationToken);
        // After the record: from now on no request reaches the contest, so nothing writes into what is being removed.
        await data.RemoveAsync(stored, cancellationToken);
        return stored;
    }
}
