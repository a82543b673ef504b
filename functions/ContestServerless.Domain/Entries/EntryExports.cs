using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Organizers take entries out: one entry's file through a short-lived link, or the filtered list as a spreadsheet.
/// Both show an entrant's personal data to a person, so both are written to the audit trail.
/// </summary>
public sealed class EntryExports(EntryCatalog catalog, IEntryFiles files, IAuditLog audit, ContestOptions contest, TimeProvider clock)
{
    /// <summary>A link valid for minutes that reads this entry's file, saved as "Tên tác phẩm - Tên tác giả.ext".</summary>
    public async Task<Result<Uri>> DownloadLinkAsync(SignedInUser user, string id, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } entry) return EntryCatalog.NotFound();
        if (!entry.IsReceived)
            return Problem.NotFound("Bài chưa có tệp", "Bài dự thi này chưa hoàn tất nên chưa có tệp để tải về.");
        var link = await files.CreateDownloadLinkAsync(entry.BlobName, ReadableNames.ForEntry(entry),
            clock.GetUtcNow() + IEntryFiles.DownloadLinkLifetime, cancellationToken);
        await audit.RecordAsync(user, AuditAction.EntryDownloaded, entry.Id, entry.Title, cancellationToken);
        return link;
    }

    /// <summary>Every entry matching the filter, one row each with every field, as .xlsx or CSV.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser user, EntryFilterRequest request, string? format, CancellationToken cancellationToken)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat) return ExportFormats.InvalidFormat();
        var parsed = await catalog.ParseAsync(request, cancellationToken);
        if (parsed.Problem is { } invalid) return invalid;
        var (filter, tree) = parsed.Value!;

        // Rows stream from storage a page at a time into the file, so memory stays flat at 50,000 entries.
        var count = 0;
        async IAsyncEnumerable<Entry> Counted()
        {
            await foreach (var entry in catalog.StreamAsync(filter, cancellationToken))
            {
                count++;
                yield return entry;
            }
        }
        var export = await Export.WriteAsync(new Sheet<Entry>("Bài dự thi", ExportSheets.EntryColumns(contest, tree), []) { StreamedRows = Counted() },
            exportFormat, "Danh-sach-bai-du-thi", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, AuditAction.EntriesExported, catalog.Describe(request, tree), $"{count} bài, {ExportFormats.Label(exportFormat)}", cancellationToken);
        return export;
    }
}
