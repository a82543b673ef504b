using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// The organizers' side of the entries: browse, open, read page after page. Everything that shows an entrant's
/// personal data to a person is written to the audit trail; taking entries out is <see cref="EntryExports"/>'s.
/// </summary>
public sealed class EntryCatalog(
    ContestOptions contest,
    IUnitRegister units,
    IEntryStore store,
    IAuditLog audit,
    CatalogueReader catalogue)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    private const int StreamPageSize = 1000;

    /// <summary>
    /// A page of the entries matching the filter, from the catalogue (which follows the entries by seconds): newest
    /// first or sorted by title, unit or movement, with the true number of matches.
    /// </summary>
    public async Task<Result<EntryListing>> ListAsync(EntryFilterRequest request, string? pageToken, string? pageSize, string? sort,
        CancellationToken cancellationToken)
    {
        var parsed = await ParseAsync(request, cancellationToken);
        if (parsed.Problem is { } invalid) return invalid;
        var (filter, tree) = parsed.Value!;
        var order = CatalogueQuery.ParseSort(sort);
        if (order.Problem is { } badSort) return badSort;

        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize) && (!int.TryParse(pageSize, out size) || size is < 1 or > MaxPageSize))
            return Problem.InvalidField("pageSize", $"Số bài mỗi trang phải từ 1 đến {MaxPageSize}.");

        var snapshot = await catalogue.ReadAsync(cancellationToken);
        var page = CatalogueQuery.Page(snapshot, filter, order.Value, NullIfEmpty(pageToken), size, contest, tree);
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

    /// <summary>The filter as asked for, checked against the contest and today's units (read once, for the caller to reuse).</summary>
    public async Task<Result<ParsedFilter>> ParseAsync(EntryFilterRequest request, CancellationToken cancellationToken)
    {
        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        var filter = EntryFilter.Parse(request, contest, tree);
        return filter.Problem is { } invalid ? invalid : new ParsedFilter(filter.Value!, tree);
    }

    /// <summary>The received entries matching the filter that are in play (<see cref="Entry.InPlay"/>): not a copy, not excluded.</summary>
    public async Task<List<Entry>> InPlayAsync(EntryFilter filter, CancellationToken cancellationToken) =>
        [.. (await AllAsync(filter with { Status = EntryStatus.Received }, cancellationToken)).Where(e => e.InPlay)];

    /// <summary>The filter in words for the audit trail (<see cref="Describe(EntryFilterRequest, ContestOptions, UnitTree)"/>).</summary>
    public string Describe(EntryFilterRequest request, UnitTree tree) => Describe(request, contest, tree);

    public async Task<Entry?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await store.FindTypedAsync(id, cancellationToken))?.Entry;

    public static Problem NotFound() => Problem.NotFound("Không tìm thấy bài dự thi", "Không có bài dự thi với mã này.");

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
        await foreach (var entry in store.ListAsync(filter, StreamPageSize, cancellationToken))
            if (flags is null || HasFlag(flags, entry.Id, filter.Flag!.Value)) yield return entry;
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

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>An organizer's filter, checked, with the units it was checked against.</summary>
public sealed record ParsedFilter(EntryFilter Filter, UnitTree Tree);

/// <summary>A page of the list, how many entries match in all, and how fresh the catalogue it came from is.</summary>
public sealed record EntryListing(IReadOnlyList<EntryDetails> Entries, int Total, string? NextPageToken, DateTimeOffset UpdatedAt);

/// <summary>An entry with the names organizers read instead of ids.</summary>
public sealed record EntryDetails(Entry Entry, string UnitName, string MovementName)
{
    public string Id => Entry.Id;

    /// <summary>Other received entries that may be the same work (from the catalogue, which follows by seconds).</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];

    /// <summary>Of those, the ones nobody decided about yet (<see cref="OpenFlags"/>): while any is left, the entry is not judged.</summary>
    public IReadOnlyList<string> OpenCopies { get; init; } = [];
}
