using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reading;
using ContestServerless.Domain.Results;

namespace ContestServerless.Domain.Publishing;

/// <summary>
/// The public reading room (phòng đọc tác phẩm đạt giải): the published works, one work read on the page with the
/// works before and after it in book order, and a PDF's own file. Nothing is answered before the results are public;
/// a work its authors have not all consented to (or withdrew) answers exactly like one that does not exist.
/// </summary>
/// <remarks>
/// The essay reader is handed to <see cref="ReadAsync"/> by its function rather than taken here, so the container
/// validates at start on a deployment whose reader is not registered yet; only reading one work then fails.
/// </remarks>
public sealed class ReadingRoom(IResultsStore results, IPublishedWorks works, IEntryFiles files, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<PublishedWork>>> ListAsync(CancellationToken cancellationToken)
    {
        if (await NotPublishedAsync(cancellationToken) is { } notYet) return notYet;
        return new Result<IReadOnlyList<PublishedWork>>(await works.ListAsync(cancellationToken), null);
    }

    public async Task<Result<WorkPage>> ReadAsync(string id, IEssayReader reader, CancellationToken cancellationToken)
    {
        if (await NotPublishedAsync(cancellationToken) is { } notYet) return notYet;
        var work = await works.FindAsync(Codes.Normalize(id), cancellationToken);
        if (work is null) return NotFound();
        var all = await works.ListAsync(cancellationToken);
        var at = all.ToList().FindIndex(w => w.EntryId == work.EntryId);
        await using var file = await OpenAsync(work.FileBlobName, cancellationToken);
        var page = await reader.ReadAsync(file, work.Extension, cancellationToken);
        return new WorkPage(work, page, at > 0 ? all[at - 1] : null, at >= 0 && at < all.Count - 1 ? all[at + 1] : null);
    }

    /// <summary>A short read-only link to a published work's own file, made when the reader asks, consent read again.</summary>
    public async Task<Result<Uri>> FileLinkAsync(string id, CancellationToken cancellationToken)
    {
        if (await NotPublishedAsync(cancellationToken) is { } notYet) return notYet;
        if (await works.FindAsync(Codes.Normalize(id), cancellationToken) is not { } work) return NotFound();
        // Named by the work, never by the file name the author uploaded (which may carry a name or a phone number).
        return await files.CreateDownloadLinkAsync(work.FileBlobName, $"tac-pham-{work.EntryId}{work.Extension}",
            clock.GetUtcNow() + IEntryFiles.DownloadLinkLifetime, cancellationToken);
    }

    private async Task<Problem?> NotPublishedAsync(CancellationToken cancellationToken) =>
        (await results.GetAsync(cancellationToken)).IsPublishedAt(clock.GetUtcNow()) ? null
            : Problem.NotFound("Chưa công bố kết quả", "Kết quả cuộc thi chưa được công bố nên chưa có tác phẩm nào được đăng. Vui lòng quay lại sau.");

    private static Problem NotFound() =>
        Problem.NotFound("Không tìm thấy tác phẩm", "Tác phẩm này không có trong danh sách tác phẩm đạt giải được công bố.");

    /// <summary>The reader needs to seek; a stream that cannot is read into memory first.</summary>
    private async Task<Stream> OpenAsync(string blobName, CancellationToken cancellationToken)
    {
        var stream = await files.OpenReadAsync(blobName, cancellationToken);
        if (stream.CanSeek) return stream;
        await using (stream)
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            return copy;
        }
    }
}

/// <summary>A work as read on the page, with its neighbours in book order (null at either end).</summary>
public sealed record WorkPage(PublishedWork Work, EssayPage Page, PublishedWork? Previous, PublishedWork? Next);
