using Azure.Data.Tables;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// One contest's tables, by name: each is the base name followed by the contest's storage key (see
/// <see cref="Domain.Contest.ContestRecord.StorageKey"/>; empty for the first contest, whose tables keep today's names),
/// so nothing of one contest is reachable through another's tables and an archived contest can be removed whole.
/// </summary>
public sealed class ContestTables(TableServiceClient service, string storageKey)
{
    /// <summary>The base name of each table a contest keeps.</summary>
    public static readonly IReadOnlyList<string> BaseNames = ["Units", "Entries", "EntryIds", "Audit", "BulkDownloads", "Reminders", "Judging", "Results", "Privacy", "Messages", "Templates", "Broadcasts"];

    /// <summary>Every table of the contest with <paramref name="storageKey"/>, for creating them (at its creation, and again when one went missing).</summary>
    public static IEnumerable<string> NamesOf(string storageKey) => BaseNames.Select(name => name + storageKey);

    public string StorageKey { get; } = storageKey;

    /// <summary>The tally shards this instance wrote last, so its next write of one needs no read (see <see cref="UnitPartition"/>).</summary>
    public TallyShardCache TallyShards { get; } = new();

    /// <summary>The unit register: partition "unit", row key = unit id.</summary>
    public TableClient Units { get; } = service.GetTableClient("Units" + storageKey);

    /// <summary>
    /// Partition = unit id; rows "entry-{id}", "report-{n}", "receipt-{id}" and the unit's tally shards ("tally",
    /// "tally-1"…), so an entry and its count change in one transaction.
    /// </summary>
    public TableClient Entries { get; } = service.GetTableClient("Entries" + storageKey);

    /// <summary>Entry id → unit id, so an entry can be found from its id alone.</summary>
    public TableClient EntryIds { get; } = service.GetTableClient("EntryIds" + storageKey);


    /// <summary>Audit trail: partition "audit", row key = inverted time, so it lists newest first.</summary>
    public TableClient Audit { get; } = service.GetTableClient("Audit" + storageKey);

    /// <summary>Bulk downloads: partition "bulk", row key = download id.</summary>
    public TableClient BulkDownloads { get; } = service.GetTableClient("BulkDownloads" + storageKey);

    /// <summary>Reminder claims and history: partition = unit id (or "~digest"), row key = reminder step.</summary>
    public TableClient Reminders { get; } = service.GetTableClient("Reminders" + storageKey);


    /// <summary>Judging: partition "round" holds the rounds; a round's own partition its sealed entries, codes and scores.</summary>
    public TableClient Judging { get; } = service.GetTableClient("Judging" + storageKey);

    /// <summary>The results: partition "results", row "state" holds the committee's decisions as JSON.</summary>
    public TableClient Results { get; } = service.GetTableClient("Results" + storageKey);

    /// <summary>Entrants' erasure and correction requests: partition "request", row key = request id.</summary>
    public TableClient Privacy { get; } = service.GetTableClient("Privacy" + storageKey);

    /// <summary>The message log: partition "message", row key = message id (inverted time first, so it lists newest first).</summary>
    public TableClient Messages { get; } = service.GetTableClient("Messages" + storageKey);


    /// <summary>The organizers' e-mail templates: partition "template", row key = the kind.</summary>
    public TableClient Templates { get; } = service.GetTableClient("Templates" + storageKey);

    /// <summary>Broadcasts: partition "broadcast", row key = id; a broadcast's recipients in partition "r-{id}", row key = position.</summary>
    public TableClient Broadcasts { get; } = service.GetTableClient("Broadcasts" + storageKey);

    public IEnumerable<TableClient> All => NamesOf(StorageKey).Select(service.GetTableClient);

    /// <summary>Characters Table storage refuses in keys; ids carrying them cannot exist.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}

/// <summary>The tables the deployment keeps across contests: staff are deployment-wide, as are the public form's counters and the contests themselves.</summary>
public sealed class DeploymentTables(TableServiceClient service)
{
    public static readonly IReadOnlyList<string> Names = ["Staff", "Abuse", "Contests"];

    /// <summary>Staff (organizers, judges): partition "staff", row key = e-mail in lower case.</summary>
    public TableClient Staff { get; } = service.GetTableClient("Staff");

    /// <summary>The public form's counters (partition = hashed key) and spent proof-of-work challenges.</summary>
    public TableClient Abuse { get; } = service.GetTableClient("Abuse");

    /// <summary>The contests: partition "contest", row key = the contest's id, its settings as JSON.</summary>
    public TableClient Contests { get; } = service.GetTableClient("Contests");
}
