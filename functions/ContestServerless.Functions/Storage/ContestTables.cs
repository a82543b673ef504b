using Azure.Data.Tables;

namespace ContestServerless.Functions.Storage;

/// <summary>The tables the app keeps, by name.</summary>
public sealed class ContestTables(TableServiceClient service)
{
    /// <summary>Every table's name, for creating them (at start, and again when one went missing).</summary>
    public static readonly IReadOnlyList<string> Names = ["Units", "Entries", "EntryIds", "Staff", "Audit", "BulkDownloads", "Reminders", "Abuse", "Judging", "Results", "Privacy", "Contests"];

    /// <summary>The tally shards this instance wrote last, so its next write of one needs no read (see <see cref="UnitPartition"/>).</summary>
    public TallyShardCache TallyShards { get; } = new();

    /// <summary>The unit register: partition "unit", row key = unit id.</summary>
    public TableClient Units { get; } = service.GetTableClient("Units");

    /// <summary>
    /// Partition = unit id; rows "entry-{id}", "report-{n}", "receipt-{id}" and the unit's tally shards ("tally",
    /// "tally-1"…), so an entry and its count change in one transaction.
    /// </summary>
    public TableClient Entries { get; } = service.GetTableClient("Entries");

    /// <summary>Entry id → unit id, so an entry can be found from its id alone.</summary>
    public TableClient EntryIds { get; } = service.GetTableClient("EntryIds");

    /// <summary>Staff (organizers, judges): partition "staff", row key = e-mail in lower case.</summary>
    public TableClient Staff { get; } = service.GetTableClient("Staff");

    /// <summary>Audit trail: partition "audit", row key = inverted time, so it lists newest first.</summary>
    public TableClient Audit { get; } = service.GetTableClient("Audit");

    /// <summary>Bulk downloads: partition "bulk", row key = download id.</summary>
    public TableClient BulkDownloads { get; } = service.GetTableClient("BulkDownloads");

    /// <summary>Reminder claims and history: partition = unit id (or "~digest"), row key = reminder step.</summary>
    public TableClient Reminders { get; } = service.GetTableClient("Reminders");

    /// <summary>The public form's counters (partition = hashed key) and spent proof-of-work challenges.</summary>
    public TableClient Abuse { get; } = service.GetTableClient("Abuse");

    /// <summary>Judging: partition "round" holds the rounds; a round's own partition its sealed entries, codes and scores.</summary>
    public TableClient Judging { get; } = service.GetTableClient("Judging");

    /// <summary>The results: partition "results", row "state" holds the committee's decisions as JSON.</summary>
    public TableClient Results { get; } = service.GetTableClient("Results");

    /// <summary>Entrants' erasure and correction requests: partition "request", row key = request id.</summary>
    public TableClient Privacy { get; } = service.GetTableClient("Privacy");

    /// <summary>The contests: partition "contest", row key = the contest's id, its settings as JSON.</summary>
    public TableClient Contests { get; } = service.GetTableClient("Contests");

    public IEnumerable<TableClient> All => Names.Select(service.GetTableClient);

    /// <summary>Characters Table storage refuses in keys; ids carrying them cannot exist.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
