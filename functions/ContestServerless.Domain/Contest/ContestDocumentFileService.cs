using System.Text.RegularExpressions;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// A contest's documents (its plan, its rules) as PDF files served from the site. As with entry files, the file never
/// passes through a function: the organizer's browser uploads it to the contest's own documents container through a
/// link that can create one new blob, the file is then checked where it lies (a few ranged reads), and the public reads
/// it through a short read link. A file refused is deleted at once.
/// </summary>
public sealed partial class ContestDocumentFileService(ContestDirectory directory, IContestDocumentFiles files, IAuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// The largest document accepted: a plan or rules with scanned signature pages runs to a few MB; 20 MB leaves room
    /// for a long scanned document while keeping what the public downloads reasonable on a phone.
    /// </summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Long enough to upload 20 MB on a slow office line, too short for the link to be of use later.</summary>
    public static readonly TimeSpan UploadLinkLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Every PDF starts with this header (ISO 32000-1, 7.5.2).</summary>
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();

    public async Task<Result<ContestDocumentUpload>> StartUploadAsync(string id, CancellationToken cancellationToken)
    {
        if (directory.Find(id) is not { } contest) return ContestSettingsService.NotFound();
        var blob = $"{Guid.NewGuid():N}.pdf";
        var expiresAt = clock.GetUtcNow().Add(UploadLinkLifetime);
        var link = await files.CreateUploadLinkAsync(contest, blob, expiresAt, cancellationToken);
        return new ContestDocumentUpload(blob, link, MaxBytes, expiresAt);
    }

    /// <summary>Checks an uploaded file where it lies; answers the address the site serves it at.</summary>
    public async Task<Result<string>> AttachAsync(string id, ContestDocumentFileRequest request, SignedInUser user, CancellationToken cancellationToken)
    {
        if (directory.Find(id) is not { } contest) return ContestSettingsService.NotFound();
        var blob = request.Blob?.Trim() ?? "";
        if (!IsFileName(blob)) return Problem.InvalidField("blob", "Tệp tải lên không hợp lệ; vui lòng chọn lại tệp.");

        long size;
        bool pdf;
        await using (var upload = await files.OpenUploadAsync(contest, blob, cancellationToken))
        {
            if (upload is null) return NotFound();
            size = upload.Size;
            pdf = size <= MaxBytes && await StartsWithPdfHeaderAsync(upload.Content, cancellationToken);
        }
        if (size > MaxBytes || !pdf)
        {
            await files.DiscardAsync(contest, blob, cancellationToken);
            return Problem.InvalidField("blob", size > MaxBytes
                ? $"Tệp vượt quá dung lượng tối đa {MaxBytes / (1024 * 1024)} MB."
                : "Tệp không phải định dạng PDF; vui lòng chọn tệp PDF.");
        }

        await files.MarkServedAsPdfAsync(contest, blob, cancellationToken);
        var url = AddressOf(id, blob);
        await audit.RecordAsync(user, AuditAction.ContestDocumentUploaded, id, $"Tệp: {url} ({size} byte)", cancellationToken);
        return url;
    }

    /// <summary>A short read link to a document file of this contest; 404 for any name its container does not hold.</summary>
    public async Task<Result<Uri>> OpenAsync(string id, string file, CancellationToken cancellationToken)
    {
        if (directory.Find(id) is not { } contest || !IsFileName(file)) return NotFound();
        return await files.CreateReadLinkAsync(contest, file, clock.GetUtcNow().Add(IEntryFiles.DownloadLinkLifetime), cancellationToken) is { } link
            ? link
            : NotFound();
    }

    /// <summary>The public address of a document file: the site's own, so a printed link outlives any storage link.</summary>
    public static string AddressOf(string id, string file) => $"/api/contests/{Uri.EscapeDataString(id)}/documents/{file}";

    private static Problem NotFound() => Problem.NotFound("Không tìm thấy tệp", "Cuộc thi không có tệp văn bản này.");

    private static bool IsFileName(string file) => FileName().IsMatch(file);

    private static async Task<bool> StartsWithPdfHeaderAsync(Stream content, CancellationToken cancellationToken)
    {
        var header = new byte[PdfHeader.Length];
        return await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken) == header.Length
            && header.AsSpan().SequenceEqual(PdfHeader);
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.pdf$")]
    private static partial Regex FileName();
}

/// <summary>A document file to attach: the blob the upload link created.</summary>
public sealed class ContestDocumentFileRequest
{
    public string? Blob { get; set; }
}

/// <summary>Where to upload one document file, until when, and how large it may be.</summary>
public sealed record ContestDocumentUpload(string Blob, Uri UploadUrl, long MaxBytes, DateTimeOffset ExpiresAt);

/// <summary>The contest's documents container, named by its storage key.</summary>
public interface IContestDocumentFiles
{
    /// <summary>A link that can create this one blob and nothing else (no read, no overwrite), until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateUploadLinkAsync(ContestRecord contest, string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The uploaded file, opened for checking; null when nothing was uploaded.</summary>
    Task<UploadedFile?> OpenUploadAsync(ContestRecord contest, string blobName, CancellationToken cancellationToken);

    /// <summary>Stores the file's content type and inline disposition, so a browser shows it rather than saving it.</summary>
    Task MarkServedAsPdfAsync(ContestRecord contest, string blobName, CancellationToken cancellationToken);

    Task DiscardAsync(ContestRecord contest, string blobName, CancellationToken cancellationToken);

    /// <summary>A read-only link to this one file, or null when the contest's container does not hold it.</summary>
    Task<Uri?> CreateReadLinkAsync(ContestRecord contest, string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
