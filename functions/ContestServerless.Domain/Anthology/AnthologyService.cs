using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Publishing;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Anthology;

/// <summary>
/// The anthology (tuyển tập) as organizers ask for it: the request (only published works, one build at a time per
/// contest), its progress, and a short-lived link to the finished .docx.
/// </summary>
public sealed class AnthologyService(
    IPublishedWorks works,
    IAnthologyBuilds builds,
    IAnthologyQueue queue,
    IExportFiles exportFiles,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>More than any contest awards; keeps the build's row (the ids) well inside a table property.</summary>
    public const int MaxWorks = 1000;

    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    public async Task<Result<AnthologyBuild>> RequestAsync(SignedInUser user, AnthologyRequest request, CancellationToken cancellationToken)
    {
        var published = await works.ListAsync(cancellationToken);
        var chosen = Choose(published, request.EntryIds);
        if (chosen.Problem is { } refused) return refused;

        var now = clock.GetUtcNow();
        var build = new AnthologyBuild
        {
            Id = Codes.NewEntryId(),
            RequestedBy = user.Name,
            RequestedAt = now,
            EntryIds = [.. chosen.Value!.Select(w => w.EntryId)],
            ByMovement = request.ByMovement,
        };
        build.Queue(now);
        if (await builds.AddUnlessRunningAsync(build, now, cancellationToken) is { } running)
            return new Problem(ProblemKind.Conflict, "Tuyển tập đang được tạo",
                $"Một tuyển tập do {running.RequestedBy} yêu cầu lúc {VietnamTime.ToLocal(running.RequestedAt):HH:mm} ngày {VietnamTime.Date(running.RequestedAt)} đang được tạo ({running.Done}/{running.EntryIds.Count} tác phẩm). "
                + "Vui lòng chờ bản đó xong rồi tạo lại.");

        await queue.EnqueueAsync(build.Id, cancellationToken);
        await audit.RecordAsync(user, AuditAction.AnthologyRequested, build.Id,
            $"{build.EntryIds.Count} tác phẩm{(build.ByMovement ? ", chia theo phong trào" : "")}: {string.Join(", ", build.EntryIds)}", cancellationToken);
        return build;
    }

    public async Task<Result<AnthologyBuild>> FindAsync(string id, CancellationToken cancellationToken) =>
        await FindWellFormedAsync(id, cancellationToken) is { } build ? build : NotFound();

    public async Task<Result<Uri>> DownloadLinkAsync(SignedInUser user, string id, CancellationToken cancellationToken)
    {
        if (await FindWellFormedAsync(id, cancellationToken) is not { } build) return NotFound();
        if (build.State != AnthologyState.Done)
            return Problem.NotFound("Tuyển tập chưa sẵn sàng", "Tuyển tập đang được tạo; vui lòng chờ trong giây lát.");
        if (await exportFiles.GetSizeAsync(build.BlobName, cancellationToken) is null)
            return Problem.NotFound("Tuyển tập đã hết hạn", "Tệp tuyển tập này đã được xóa khỏi kho lưu trữ; vui lòng tạo lại.");
        var fileName = $"Tuyen-tap-{VietnamTime.ToLocal(build.RequestedAt):yyyy-MM-dd-HHmm}.docx";
        var link = await exportFiles.CreateDownloadLinkAsync(build.BlobName, fileName, clock.GetUtcNow() + LinkLifetime, cancellationToken);
        await audit.RecordAsync(user, AuditAction.AnthologyDownloaded, build.Id, $"{build.Total - build.LeftOut.Count} tác phẩm", cancellationToken);
        return link;
    }

    /// <summary>
    /// The published works in book order, narrowed to <paramref name="entryIds"/> when given; an id that is not a published
    /// work is refused by name rather than quietly dropped, so the organizer knows the book lacks it.
    /// </summary>
    private static Result<IReadOnlyList<PublishedWork>> Choose(IReadOnlyList<PublishedWork> published, IReadOnlyList<string>? entryIds)
    {
        if (entryIds is null)
            return published.Count == 0
                ? new Problem(ProblemKind.Conflict, "Chưa có tác phẩm để tạo tuyển tập",
                    "Chưa có tác phẩm đoạt giải nào được tác giả đồng ý công bố.")
                : new Result<IReadOnlyList<PublishedWork>>(published, null);

        if (entryIds.Count == 0)
            return Problem.InvalidField("entryIds", "Vui lòng chọn ít nhất một tác phẩm.");
        if (entryIds.Count > MaxWorks)
            return Problem.InvalidField("entryIds", $"Một tuyển tập có tối đa {MaxWorks} tác phẩm.");
        var wanted = entryIds.Select(Codes.Normalize).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(id => published.All(w => w.EntryId != id)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return Problem.InvalidField("entryIds",
                $"Các bài sau không thuộc danh sách tác phẩm được công bố (chưa đoạt giải, chưa được tác giả đồng ý hoặc không có): {string.Join(", ", unknown.Take(20))}"
                + (unknown.Count > 20 ? $" và {unknown.Count - 20} bài khác." : "."));
        return new Result<IReadOnlyList<PublishedWork>>([.. published.Where(w => wanted.Contains(w.EntryId))], null);
    }

    private async Task<AnthologyBuild?> FindWellFormedAsync(string id, CancellationToken cancellationToken)
    {
        var normalized = Codes.Normalize(id);
        return Codes.IsWellFormedEntryId(normalized) ? await builds.FindAsync(normalized, cancellationToken) : null;
    }

    private static Problem NotFound() => Problem.NotFound("Không tìm thấy tuyển tập", "Không có yêu cầu tạo tuyển tập với mã này.");
}
