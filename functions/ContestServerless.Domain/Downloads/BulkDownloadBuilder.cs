using System.IO.Compression;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// Builds a requested ZIP in the background, whatever its kind (<see cref="IZipContents"/> says what goes inside):
/// written straight into Blob storage as a stream, its progress saved every few seconds for the page that waits.
/// </summary>
public sealed class BulkDownloadBuilder(IEnumerable<IZipContents> contents, IExportFiles exportFiles, IBulkDownloads downloads, TimeProvider clock)
{
    public const string IndexFileName = "Danh sách bài dự thi.xlsx";
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Builds the ZIP (run by the queue worker). Safe to run again after a crash: it starts over and replaces
    /// the file; a finished download is left alone.
    /// </summary>
    public async Task BuildAsync(string id, CancellationToken cancellationToken)
    {
        if (await downloads.FindWellFormedAsync(id, cancellationToken) is not { } download || download.IsFinished) return;

        var planned = await contents.Single(c => c.Kind == download.Kind).PlanAsync(download, cancellationToken);
        if (planned.Problem is { } invalid)
        {
            download.Fail(invalid.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? invalid.Title, clock.GetUtcNow());
            await downloads.SaveAsync(download, cancellationToken);
            return;
        }
        var plan = planned.Value!;
        download.Start(plan.Total);
        await downloads.SaveAsync(download, cancellationToken);

        var lastProgress = clock.GetUtcNow();
        async Task ProgressAsync(int done)
        {
            if (clock.GetUtcNow() - lastProgress < ProgressInterval) return;
            download.Progress(done);
            await downloads.SaveAsync(download, cancellationToken);
            lastProgress = clock.GetUtcNow();
        }

        await using (var output = await exportFiles.OpenWriteAsync(download.BlobName, cancellationToken))
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
            await plan.Write(zip, ProgressAsync, cancellationToken);

        var size = await exportFiles.GetSizeAsync(download.BlobName, cancellationToken) ?? 0;
        download.Finish(size, clock.GetUtcNow());
        await downloads.SaveAsync(download, cancellationToken);
    }

    /// <summary>Records a build that kept failing, so the page stops waiting and says so.</summary>
    public async Task FailAsync(string id, string reason, CancellationToken cancellationToken)
    {
        if (await downloads.FindWellFormedAsync(id, cancellationToken) is not { } download || download.IsFinished) return;
        download.Fail(reason, clock.GetUtcNow());
        await downloads.SaveAsync(download, cancellationToken);
    }
}
