using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Downloads;

namespace ContestServerless.Domain.Archive;

/// <summary>
/// The contest's archive package (hồ sơ lưu trữ): its parts in order, then a table of contents in Vietnamese
/// (<c>MUC-LUC.txt</c>) and <c>manifest.json</c> with the counts and the SHA-256 of every other file.
/// </summary>
public sealed class ArchivePackageZip(IEnumerable<IArchivePart> parts, ContestOptions contest, TimeProvider clock) : IZipContents
{
    public const string ManifestFileName = "manifest.json";
    public const string ContentsFileName = "MUC-LUC.txt";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Vietnamese names stay readable in the file rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public BulkDownloadKind Kind => BulkDownloadKind.ArchivePackage;

    public Task<Result<ZipPlan>> PlanAsync(BulkDownload download, CancellationToken cancellationToken)
    {
        var ordered = parts.ToList();
        return Task.FromResult<Result<ZipPlan>>(new ZipPlan(ordered.Count, (zip, progress, token) => WriteAsync(zip, download, ordered, progress, token)));
    }

    private async Task WriteAsync(ZipArchive zip, BulkDownload download, IReadOnlyList<IArchivePart> ordered, Func<int, Task> progress, CancellationToken cancellationToken)
    {
        var package = new ArchiveZip(zip, download);
        for (var i = 0; i < ordered.Count; i++)
        {
            await ordered[i].WriteAsync(package, cancellationToken);
            await progress(i + 1);
        }

        var generatedAt = VietnamTime.ToLocal(clock.GetUtcNow());
        var contents = Contents(package, generatedAt);
        await package.AddAsync(ContentsFileName, output => output.WriteAsync(Encoding.UTF8.GetBytes(contents), cancellationToken).AsTask(), cancellationToken);
        var manifest = new ArchiveManifest(contest.Id, contest.Name, generatedAt, download.RequestedBy, package.Counts, package.Notes, package.Files);
        var entry = zip.CreateEntry(ManifestFileName, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await JsonSerializer.SerializeAsync(stream, manifest, Json, cancellationToken);
    }

    public static ArchiveManifest? ReadManifest(Stream json) => JsonSerializer.Deserialize<ArchiveManifest>(json, Json);

    private string Contents(ArchiveZip package, DateTimeOffset generatedAt)
    {
        var c = package.Counts;
        var e = c.Entries;
        var text = new StringBuilder()
            .AppendLine("HỒ SƠ LƯU TRỮ CUỘC THI")
            .AppendLine(contest.Name)
            .AppendLine($"Mã cuộc thi: {contest.Id}")
            .AppendLine(CultureInfo.InvariantCulture, $"Lập lúc {generatedAt:HH:mm} ngày {generatedAt:dd/MM/yyyy} (giờ Việt Nam), người yêu cầu: {package.Download.RequestedBy}")
            .AppendLine()
            .AppendLine("SỐ LIỆU")
            .AppendLine($"- Bài dự thi: {e.Total} (đã nhận {e.Received}, trong đó được xét {e.InPlay}, bản trùng {e.Copies}, bị loại {e.Excluded}; chưa hoàn tất {e.Pending}; đã rút {e.Withdrawn})")
            .AppendLine($"- Tệp bài dự thi: {c.EntryFiles}")
            .AppendLine($"- Tệp văn bản của cuộc thi (kế hoạch, thể lệ, công văn): {c.Documents}")
            .AppendLine($"- Báo cáo nhanh: {c.QuickReports} đơn vị đã gửi ({c.QuickReportVersions} lần gửi)")
            .AppendLine($"- Vòng chấm: {c.Rounds}; phiếu chấm đã nộp: {c.Scores}")
            .AppendLine($"- Kết quả: {(c.ResultsApproved ? "đã phê duyệt" : "chưa phê duyệt")}; giải: {c.Prizes}; giấy chứng nhận: {c.Certificates}")
            .AppendLine($"- Dòng nhật ký: {c.AuditRows}")
            .AppendLine();
        if (package.Notes.Count > 0)
        {
            text.AppendLine("GHI CHÚ");
            foreach (var note in package.Notes) text.AppendLine($"- {note}");
            text.AppendLine();
        }
        text.AppendLine("DANH MỤC TỆP (kích thước tính bằng byte, mã SHA-256; manifest.json ghi lại đủ các mã này)");
        foreach (var file in package.Files) text.AppendLine(CultureInfo.InvariantCulture, $"{file.Path}\t{file.Size}\t{file.Sha256}");
        return text.ToString();
    }
}

/// <summary>What <c>manifest.json</c> states: the contest, when and for whom the package was made, the counts, the notes and every other file's checksum.</summary>
public sealed record ArchiveManifest(
    string ContestId,
    string ContestName,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    ArchiveCounts Counts,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ArchiveFile> Files);
