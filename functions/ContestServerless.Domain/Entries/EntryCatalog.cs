using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// The organizers' side of the entries: browse, open, download, export. Everything that shows an entrant's
/// personal data to a person is written to the audit trail.
/// </summary>
public sealed class EntryCatalog(
    ContestOptions contest,
    IUnitRegister units,
    IEntryStore store,
    IEntryFiles files,
    IAuditLog audit,
    CatalogueReader catalogue,
    TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    private const int ExportPageSize = 1000;
    private static readonly TimeSpan DownloadLinkLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A page of the entries matching the filter, from the catalogue (which follows the entries by seconds): newest
    /// first or sorted by title, unit or movement, with the true number of matches.
    /// </summary>
    public async Task<Result<EntryListing>> ListAsync(EntryFilterRequest request, string? pageToken, string? pageSize, string? sort,
        CancellationToken cancellationToken)
    {
        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        var filter = EntryFilter.Parse(request, contest, tree);
        if (filter.Problem is { } invalid) return invalid;
        var order = CatalogueQuery.ParseSort(sort);
        if (order.Problem is { } badSort) return badSort;

        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize) && (!int.TryParse(pageSize, out size) || size is < 1 or > MaxPageSize))
            return Problem.InvalidField("pageSize", $"Số bài mỗi trang phải từ 1 đến {MaxPageSize}.");

        var snapshot = await catalogue.ReadAsync(cancellationToken);
        var page = CatalogueQuery.Page(snapshot, filter.Value!, order.Value, NullIfEmpty(pageToken), size, contest, tree);
        if (page.Problem is { } badPage) return badPage;
        return new EntryListing([.. page.Value!.Rows.Select(r => Describe(r.ToEntry(), tree) with { Duplicates = snapshot.DuplicatesOf(r.Id), OpenCopies = snapshot.Flags.CopiesOf(r.Id) })],
            page.Value.Total, page.Value.NextPageToken,
            page.Value.UpdatedAt);
    }

    public async Task<Result<EntryDetails>> OpenAsync(SignedInUser user, string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } entry) return NotFound();
        await audit.RecordAsync(user, AuditAction.EntryViewed, entry.Id, entry.Title, cancellationToken);
        var snapshot = await catalogue.ReadAsync(cancellationToken);
        return Describe(entry, new UnitTree(await units.ListAsync(cancellationToken))) with { Duplicates = snapshot.DuplicatesOf(entry.Id), OpenCopies = snapshot.Flags.CopiesOf(entry.Id) };
    }

    /// <summary>A link valid for minutes that reads this entry's file, saved as "Tên tác phẩm - Tên tác giả.ext".</summary>
    public async Task<Result<Uri>> DownloadLinkAsync(SignedInUser user, string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } entry) return NotFound();
        if (!entry.IsReceived)
            return Problem.NotFound("Bài chưa có tệp", "Bài dự thi này chưa hoàn tất nên chưa có tệp để tải về.");
        var link = await files.CreateDownloadLinkAsync(entry.BlobName, ReadableNames.ForEntry(entry),
            clock.GetUtcNow() + DownloadLinkLifetime, cancellationToken);
        await audit.RecordAsync(user, AuditAction.EntryDownloaded, entry.Id, entry.Title, cancellationToken);
        return link;
    }

    /// <summary>Every entry matching the filter, one row each with every field, as .xlsx or CSV.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser user, EntryFilterRequest request, string? format, CancellationToken cancellationToken)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat) return ExportFormats.InvalidFormat();
        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        var filter = EntryFilter.Parse(request, contest, tree);
        if (filter.Problem is { } invalid) return invalid;

        // Rows stream from storage a page at a time into the file, so memory stays flat at 50,000 entries.
        var count = 0;
        async IAsyncEnumerable<Entry> Counted()
        {
            await foreach (var entry in StreamAsync(filter.Value!, cancellationToken))
            {
                count++;
                yield return entry;
            }
        }
        var export = await Export.WriteAsync(new Sheet<Entry>("Bài dự thi", ExportSheets.EntryColumns(contest, tree), []) { StreamedRows = Counted() },
            exportFormat, "Danh-sach-bai-du-thi", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, AuditAction.EntriesExported, Describe(request, contest, tree), $"{count} bài, {ExportFormats.Label(exportFormat)}", cancellationToken);
        return export;
    }

    /// <summary>All entries matching the filter, reading page after page.</summary>
    public async Task<IReadOnlyList<Entry>> AllAsync(EntryFilter filter, CancellationToken cancellationToken)
    {
        var entries = new List<Entry>();
        await foreach (var entry in StreamAsync(filter, cancellationToken)) entries.Add(entry);
        return entries;
    }

    /// <summary>All entries matching the filter, a page read only when the one before is used up.</summary>
    public async IAsyncEnumerable<Entry> StreamAsync(EntryFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A flag needs every entry at once (a duplicate is a pair): the catalogue answers it, as it does for the list.
        var flags = filter.Flag is null ? null : (await catalogue.ReadAsync(cancellationToken)).Flags;
        string? token = null;
        do
        {
            var page = await store.QueryAsync(filter, token, ExportPageSize, cancellationToken)
                ?? throw new InvalidOperationException("The store refused its own page token.");
            foreach (var entry in page.Entries)
                if (flags is null || HasFlag(flags, entry.Id, filter.Flag!.Value)) yield return entry;
            token = page.NextPageToken;
        } while (token is not null);
    }

    /// <summary>Whether the entry waits for a decision of this kind.</summary>
    public static bool HasFlag(Duplicates.OpenFlags flags, string entryId, EntryFlag flag) => flag switch
    {
        EntryFlag.Duplicate => flags.IsPossibleCopy(entryId),
        EntryFlag.Eligibility => flags.AwaitsEligibility(entryId),
        _ => throw new ArgumentOutOfRangeException(nameof(flag)),
    };

    /// <summary>
    /// The filter in words for the audit trail, as a person reads it: "Đơn vị: Sở Nội vụ; Tìm: “nguyen”".
    /// Names come from the contest and the register; an id neither knows stays as it was asked for.
    /// </summary>
    public static string Describe(EntryFilterRequest request, ContestOptions contest, UnitTree tree)
    {
        var status = request.Status?.Trim() switch
        {
            null or "" => null,
            "received" => "đã nhận",
            "pending" => "chưa hoàn tất",
            "all" => "tất cả",
            var other => other,
        };
        var parts = new[]
            {
                ("Đơn vị", request.Unit is { } unit ? tree.Find(unit.Trim())?.Name ?? unit : null),
                ("Phong trào", request.Movement is { } movement ? contest.Movements.Find(m => m.Id == movement.Trim())?.Name ?? movement : null),
                ("Trạng thái", status),
                ("Từ ngày", request.From),
                ("Đến ngày", request.To),
                ("Tìm", string.IsNullOrWhiteSpace(request.Q) ? null : $"“{request.Q.Trim()}”"),
                ("Chờ quyết định", request.Flag?.Trim() switch
                {
                    "duplicate" => "có thể trùng",
                    "eligibility" => "điều kiện dự thi",
                    null or "" => null,
                    var other => other,
                }),
            }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"{p.Item1}: {p.Item2!.Trim()}");
        return string.Join("; ", parts) is { Length: > 0 } text ? text : "Tất cả bài dự thi";
    }

    private EntryDetails Describe(Entry entry, UnitTree tree) =>
        new(entry, tree.Find(entry.UnitId)?.Name ?? entry.UnitId, contest.FindMovement(entry.MovementId)?.Name ?? entry.MovementId);

    private async Task<Entry?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await store.FindTypedAsync(id, cancellationToken))?.Entry;

    private static Problem NotFound() => Problem.NotFound("Không tìm thấy bài dự thi", "Không có bài dự thi với mã này.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
