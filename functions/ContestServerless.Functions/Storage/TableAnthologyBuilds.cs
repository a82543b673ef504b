using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Anthology;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Anthology builds, in the BulkDownloads table (a ZIP and a book are both files organizers wait for): partition
/// "anthology", row = build id; the row "~running" names the build that holds the contest's one slot, claimed with
/// its ETag so two organizers asking at once cannot both start one.
/// </summary>
public sealed class TableAnthologyBuilds(ContestTables tables) : IAnthologyBuilds
{
    public async Task<AnthologyBuild?> AddUnlessRunningAsync(AnthologyBuild build, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var slot = await tables.BulkDownloads.GetEntityIfExistsAsync<TableEntity>(AnthologyRow.Partition, AnthologyRow.Slot, cancellationToken: cancellationToken);
            if (slot.HasValue && slot.Value!.GetString(AnthologyRow.SlotBuild) is { } holder
                && await FindAsync(holder, cancellationToken) is { } running && running.IsRunningAt(now))
                return running;

            await tables.BulkDownloads.UpsertEntityAsync(AnthologyRow.ToEntity(build), TableUpdateMode.Replace, cancellationToken);
            var claim = new TableEntity(AnthologyRow.Partition, AnthologyRow.Slot) { [AnthologyRow.SlotBuild] = build.Id };
            var claimed = slot.HasValue
                ? await tables.BulkDownloads.TryReplaceAsync(claim, slot.Value!.ETag.ToString(), cancellationToken)
                : await tables.BulkDownloads.TryAddAsync(claim, cancellationToken);
            if (claimed) return null;

            // Another request took the slot between the read and the claim: this build never existed.
            await tables.BulkDownloads.DeleteEntityAsync(AnthologyRow.Partition, build.Id, cancellationToken: cancellationToken);
            if (attempt >= 3) throw new InvalidOperationException("The anthology slot kept changing under a request.");
        }
    }

    public async Task<AnthologyBuild?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id) && id != AnthologyRow.Slot
            ? await tables.BulkDownloads.FindAsync(AnthologyRow.Partition, id, AnthologyRow.ToBuild, cancellationToken)
            : null;

    public Task SaveAsync(AnthologyBuild build, CancellationToken cancellationToken) =>
        tables.BulkDownloads.UpsertEntityAsync(AnthologyRow.ToEntity(build), TableUpdateMode.Replace, cancellationToken);
}

/// <summary>An <see cref="AnthologyBuild"/> and its row, both ways in one place. Column names are the storage layout: never rename one.</summary>
public static class AnthologyRow
{
    public const string Partition = "anthology";
    public const string Slot = "~running";
    public const string SlotBuild = "BuildId";
    private const string LeftOutColumn = "LeftOut";

    public static TableEntity ToEntity(AnthologyBuild build) => new(Partition, build.Id)
    {
        [nameof(AnthologyBuild.RequestedBy)] = build.RequestedBy,
        [nameof(AnthologyBuild.RequestedAt)] = build.RequestedAt,
        [nameof(AnthologyBuild.EntryIds)] = string.Join(',', build.EntryIds),
        [nameof(AnthologyBuild.ByMovement)] = build.ByMovement,
        [nameof(AnthologyBuild.State)] = build.State.ToString(),
        [nameof(AnthologyBuild.Total)] = build.Total,
        [nameof(AnthologyBuild.Done)] = build.Done,
        [nameof(AnthologyBuild.Size)] = build.Size,
        [nameof(AnthologyBuild.UpdatedAt)] = build.UpdatedAt,
        [nameof(AnthologyBuild.FinishedAt)] = build.FinishedAt,
        [nameof(AnthologyBuild.Error)] = build.Error,
        [LeftOutColumn] = JsonSerializer.Serialize(build.LeftOut),
    };

    public static AnthologyBuild ToBuild(TableEntity row) => AnthologyBuild.Restore(
        new AnthologyBuild
        {
            Id = row.RowKey,
            RequestedBy = row.GetString(nameof(AnthologyBuild.RequestedBy)) ?? "",
            RequestedAt = row.GetDateTimeOffset(nameof(AnthologyBuild.RequestedAt)) ?? default,
            EntryIds = (row.GetString(nameof(AnthologyBuild.EntryIds)) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            ByMovement = row.GetBoolean(nameof(AnthologyBuild.ByMovement)) ?? false,
        },
        Enum.Parse<AnthologyState>(row.GetString(nameof(AnthologyBuild.State)) ?? nameof(AnthologyState.Queued)),
        row.GetInt32(nameof(AnthologyBuild.Total)) ?? 0,
        row.GetInt32(nameof(AnthologyBuild.Done)) ?? 0,
        row.GetInt64(nameof(AnthologyBuild.Size)),
        row.GetDateTimeOffset(nameof(AnthologyBuild.UpdatedAt)) ?? default,
        row.GetDateTimeOffset(nameof(AnthologyBuild.FinishedAt)),
        row.GetString(nameof(AnthologyBuild.Error)),
        JsonSerializer.Deserialize<List<LeftOutWork>>(row.GetString(LeftOutColumn) ?? "[]") ?? []);
}
