using System.IO.Compression;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Downloads;

/// <summary>
/// What one kind of download puts in its ZIP. <see cref="BulkDownloadBuilder"/> runs the job (its state, progress and
/// the file in storage) the same way for every kind; this says what goes inside.
/// </summary>
public interface IZipContents
{
    BulkDownloadKind Kind { get; }

    /// <summary>How many steps writing the ZIP takes and how to take them, or why it cannot be built.</summary>
    Task<Result<ZipPlan>> PlanAsync(BulkDownload download, CancellationToken cancellationToken);
}

/// <param name="Write">Writes the files into the ZIP, reporting the number of steps done as it goes.</param>
public sealed record ZipPlan(int Total, Func<ZipArchive, Func<int, Task>, CancellationToken, Task> Write);
