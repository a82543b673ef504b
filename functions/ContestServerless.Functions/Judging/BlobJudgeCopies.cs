using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// Makes judges' copies in the entries container (versioned and soft-deleted like the originals), under
/// <see cref="Prefix"/> and an opaque random name: a judge's download link shows the blob's path, so the name
/// must say nothing of the entry's unit or id. The original is downloaded to a temporary file, the copy written
/// to another and uploaded from it, so a 20 MB file is never held whole in memory.
/// </summary>
public sealed class BlobJudgeCopies(
    BlobServiceClient service,
    ContestContainers containers,
    ContestOptions contest,
    ILogger<BlobJudgeCopies> logger) : IJudgeCopies
{
    public const string Prefix = "judging/";

    private const string DocCannotBeCleaned =
        "Tệp Word 97-2003 (.doc) không xóa được thông tin tác giả một cách tin cậy";

    private readonly BlobContainerClient _entries = service.GetBlobContainerClient(containers.Entries);

    public async Task<JudgeCopyResult> MakeAsync(string sourceBlobName, string extension, IdentityClues clues, CancellationToken cancellationToken)
    {
        if (extension is not (".docx" or ".pdf"))
        {
            logger.LogInformation("Judge copy of {BlobName} left to the secretariat: {Extension} cannot be cleaned", sourceBlobName, extension);
            return JudgeCopyResult.ForSecretariat(extension == ".doc" ? DocCannotBeCleaned : $"Không làm được bản cho giám khảo từ tệp {extension}");
        }

        var scanner = new IdentityScanner(clues);
        await using var original = TemporaryFile();
        await using var copy = TemporaryFile();
        await _entries.GetBlobClient(sourceBlobName).DownloadToAsync(original, cancellationToken);
        original.Position = 0;

        // Both libraries read synchronously; off the request thread, on a file, this is CPU work.
        var cleaning = await Task.Run(() => extension == ".docx"
            ? DocxCleaner.Clean(original, copy, scanner, contest.EntryRules.Docx, cancellationToken)
            : PdfCleaner.Clean(original, copy, scanner, cancellationToken), cancellationToken);

        if (!cleaning.Copied)
        {
            logger.LogWarning("Judge copy of {BlobName} left to the secretariat: {Reason}", sourceBlobName, cleaning.Refusal);
            return JudgeCopyResult.ForSecretariat(cleaning.Refusal ?? PdfCleaner.Unopenable, cleaning.Removed);
        }

        var name = $"{Prefix}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}{extension}";
        copy.Position = 0;
        await _entries.GetBlobClient(name).UploadAsync(copy, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = extension == ".pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        }, cancellationToken);
        logger.LogInformation("Judge copy of {BlobName} made as {CopyName}: {RemovedCount} metadata fields removed, {HitCount} possible identity hits",
            sourceBlobName, name, cleaning.Removed.Count, cleaning.Hits.Count);

        return cleaning.Refusal is null
            ? new JudgeCopyResult(JudgeCopyOutcome.Cleaned, name, null, cleaning.Removed, cleaning.Hits)
            : new JudgeCopyResult(JudgeCopyOutcome.NeedsSecretariat, name, $"{cleaning.Refusal} ({JudgeCopyResult.SecretariatMark}).", cleaning.Removed, cleaning.Hits);
    }

    private static FileStream TemporaryFile() => new(Path.Combine(Path.GetTempPath(), $"judge-copy-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
