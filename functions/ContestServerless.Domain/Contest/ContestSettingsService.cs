using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Organizers read and change a contest's settings. A change names the version it was read at, so of two organizers
/// editing at once the second is refused (nothing written) and reads again; each change is audited field by field.
/// </summary>
public sealed class ContestSettingsService(ContestDirectory directory, IContestStore store, CatalogueReader catalogue, IAuditLog audit)
{
    /// <summary>The stored record itself, not the directory's copy of a few seconds ago: its version is what a change must name.</summary>
    public async Task<Result<ContestRecord>> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } record ? directory.Completed(record) : NotFound();

    public async Task<Result<ContestRecord>> SaveAsync(string id, ContestSettingsRequest request, string? version, SignedInUser user,
        CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, cancellationToken) is { } found ? directory.Completed(found) : null;
        var read = ContestSettingsReader.Read(request, stored?.Settings ?? new ContestOptions());
        if (read.Problem is { } invalid) return invalid;
        if (string.IsNullOrWhiteSpace(version))
            return new Problem(ProblemKind.PreconditionRequired, "Thiếu phiên bản đã đọc",
                "Vui lòng tải lại thông tin cuộc thi rồi lưu: yêu cầu thay đổi phải kèm phiên bản đã đọc (If-Match).");
        if (stored is null) return NotFound();
        if (stored.Version != version) return Stale();
        if (await MovementsInUseAsync(stored.Settings, read.Value!, cancellationToken) is { } inUse) return inUse;

        if (await directory.TryReplaceAsync(stored with { Settings = read.Value! }, cancellationToken) is not { } saved) return Stale();
        await audit.RecordAsync(user, AuditAction.ContestChanged, id, ContestChanges.Describe(stored.Settings, saved.Settings), cancellationToken);
        return saved;
    }

    /// <summary>Entries are filed under a movement: removing one that entries use would leave them under nothing.</summary>
    private async Task<Problem?> MovementsInUseAsync(ContestOptions before, ContestOptions after, CancellationToken cancellationToken)
    {
        var removed = before.Movements.Where(m => after.FindMovement(m.Id) is null).ToList();
        if (removed.Count == 0) return null;
        var used = (await catalogue.ReadAsync(cancellationToken)).Rows.Values.Select(r => r.MovementId).ToHashSet(StringComparer.Ordinal);
        var names = removed.Where(m => used.Contains(m.Id)).Select(m => $"“{m.Name}”").ToList();
        return names.Count == 0 ? null : new Problem(ProblemKind.Conflict, "Không thể bỏ phong trào đang có bài dự thi",
            $"Phong trào {string.Join(", ", names)} đang có bài dự thi nên không bỏ được; có thể đổi tên phong trào.",
            new Dictionary<string, string[]> { ["movements"] = [$"Không bỏ được phong trào đang có bài dự thi: {string.Join(", ", names)}."] });
    }

    public static Problem NotFound() => Problem.NotFound("Không tìm thấy cuộc thi", "Không có cuộc thi với mã này.");

    private static Problem Stale() => new(ProblemKind.PreconditionFailed, "Thông tin cuộc thi vừa được thay đổi",
        "Người khác vừa lưu thay đổi thông tin cuộc thi. Vui lòng tải lại trang để xem bản mới rồi sửa lại; thay đổi của bạn chưa được lưu.");
}
