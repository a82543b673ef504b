using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Publishing;

namespace ContestServerless.Domain.Anthology;

/// <summary>
/// Builds a requested anthology in the background (run by the queue worker): a work at a time into the book, each read
/// again from <see cref="IPublishedWorks"/> just before it goes in, so a consent withdrawn while the book is being built
/// keeps that work out; the build records what it left out and why. Progress is saved every few seconds for the page.
/// </summary>
public sealed class AnthologyBuilder(
    IAnthologyBuilds builds,
    IPublishedWorks works,
    IEntryFiles entryFiles,
    IAnthologyBooks books,
    ContestOptions contest,
    TimeProvider clock)
{
    public const string NoLongerPublished = "Không còn được phép công bố (tác giả rút đồng ý, bài bị rút hoặc bị loại) khi tạo tuyển tập.";
    public const string FileMissing = "Không tìm thấy tệp bài dự thi trong kho lưu trữ.";

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    /// <summary>Safe to run again after a crash: it starts over and replaces the file; a finished build is left alone.</summary>
    public async Task BuildAsync(string id, CancellationToken cancellationToken)
    {
        if (await builds.FindAsync(id, cancellationToken) is not { } build || build.IsFinished) return;
        build.Start(clock.GetUtcNow());
        await builds.SaveAsync(build, cancellationToken);

        // The current list only orders the parts and names works that have gone; whether a work goes in is asked
        // again of each one, just before it does.
        var listed = (await works.ListAsync(cancellationToken)).ToDictionary(w => w.EntryId, StringComparer.Ordinal);
        var lastProgress = clock.GetUtcNow();
        var done = 0;

        await using (var book = books.Open(Cover()))
        {
            foreach (var (part, entryIds) in Parts(build, listed))
            {
                var partStarted = false;
                foreach (var entryId in entryIds)
                {
                    var work = await works.FindAsync(entryId, cancellationToken);
                    if (work is null)
                        build.LeaveOut(entryId, listed.GetValueOrDefault(entryId)?.Title, NoLongerPublished);
                    else if (await entryFiles.GetSizeAsync(work.FileBlobName, cancellationToken) is null)
                        build.LeaveOut(entryId, work.Title, FileMissing);
                    else
                    {
                        if (part is not null && !partStarted) book.AddPart(part);
                        partStarted = true;
                        await using var file = await entryFiles.OpenReadAsync(work.FileBlobName, cancellationToken);
                        await book.AddWorkAsync(work, file, cancellationToken);
                    }

                    done++;
                    if (clock.GetUtcNow() - lastProgress >= ProgressInterval)
                    {
                        build.Progress(done, clock.GetUtcNow());
                        await builds.SaveAsync(build, cancellationToken);
                        lastProgress = clock.GetUtcNow();
                    }
                }
            }

            var size = await book.SaveAsync(build.BlobName, cancellationToken);
            build.Finish(size, clock.GetUtcNow());
        }
        await builds.SaveAsync(build, cancellationToken);
    }

    /// <summary>Records a build that kept failing, so the page stops waiting and says so.</summary>
    public async Task FailAsync(string id, string reason, CancellationToken cancellationToken)
    {
        if (await builds.FindAsync(id, cancellationToken) is not { } build || build.IsFinished) return;
        build.Fail(reason, clock.GetUtcNow());
        await builds.SaveAsync(build, cancellationToken);
    }

    private AnthologyCover Cover() => new(contest.Name, contest.Organizer, contest.Papers?.Locality ?? "", VietnamTime.YearOf(clock.GetUtcNow()));

    /// <summary>
    /// The book's parts: one unnamed part holding every work in book order, or, per movement, a part per movement in the
    /// contest's order of movements (works of a movement it no longer lists come after), each in book order.
    /// </summary>
    private IEnumerable<(string? Part, IReadOnlyList<string> EntryIds)> Parts(AnthologyBuild build, IReadOnlyDictionary<string, PublishedWork> listed)
    {
        if (!build.ByMovement)
        {
            yield return (null, build.EntryIds);
            yield break;
        }

        var order = contest.Movements.Select((m, i) => (m, i)).ToList();
        string? NameOf(string? movement) =>
            movement is null ? null : order.FirstOrDefault(o => o.m.Id == movement || o.m.Name == movement).m?.Name ?? movement;
        int PlaceOf(string? movement) =>
            movement is null ? int.MaxValue : order.FirstOrDefault(o => o.m.Id == movement || o.m.Name == movement) is { m: not null } found ? found.i : order.Count;

        var groups = build.EntryIds
            .Select(id => (Id: id, Movement: listed.GetValueOrDefault(id)?.Movement))
            .GroupBy(w => NameOf(w.Movement) ?? "")
            .OrderBy(g => PlaceOf(g.First().Movement))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
            yield return (group.Key.Length == 0 ? "Tác phẩm khác" : group.Key, [.. group.Select(w => w.Id)]);
    }
}
