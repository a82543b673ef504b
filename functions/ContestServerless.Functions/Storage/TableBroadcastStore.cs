using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Broadcasts;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// A contest's broadcasts in its Broadcasts table: partition "broadcast", row = id, the broadcast as JSON (its ETag
/// the version); its recipients in partition "r-{id}", one row per recipient keyed by position (zero-padded, so a
/// chunk is a range), written before the broadcast row, whose insert is the claim. Progress is counted from the
/// outbox's claim rows (the Reminders table, partition "~broadcast-{id}"), the one record of what was sent.
/// </summary>
public sealed class TableBroadcastStore(ContestTables tables) : IBroadcastStore
{
    private const string Partition = "broadcast";

    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public async Task<bool> TryAddAsync(Broadcast broadcast, IReadOnlyList<BroadcastRecipient> recipients, CancellationToken cancellationToken)
    {
        if (await FindAsync(broadcast.Id, cancellationToken) is not null) return false;
        // Recipients first, as upserts: two organizers starting the same broadcast write the same rows, and only the
        // broadcast row's insert below decides which of them runs it.
        var rows = recipients.Select((r, i) => RecipientRow(broadcast.Id, i, r)).ToList();
        await Parallel.ForEachAsync(rows.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (batch, token) =>
            await tables.Broadcasts.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), token));
        return await tables.Broadcasts.TryAddAsync(ToEntity(broadcast), cancellationToken);
    }

    public Task<Broadcast?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id) ? tables.Broadcasts.FindAsync<Broadcast?>(Partition, id, ToBroadcast, cancellationToken) : Task.FromResult<Broadcast?>(null);

    public Task<bool> TrySaveAsync(Broadcast broadcast, CancellationToken cancellationToken) =>
        tables.Broadcasts.TryReplaceAsync(ToEntity(broadcast), broadcast.Version, cancellationToken);

    public async Task<IReadOnlyList<BroadcastRecipient>> RecipientsAsync(string id, int from, int count, CancellationToken cancellationToken) =>
        await tables.Broadcasts.ListAsync(TableClientExtensions.RangeFilter("r-" + id, Position(from), Position(from + count)), ToRecipient, cancellationToken);

    public async Task<IReadOnlyList<Broadcast>> UnfinishedAsync(CancellationToken cancellationToken) =>
        [.. (await tables.Broadcasts.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), ToBroadcast, cancellationToken))
            .Where(b => b.State != BroadcastState.Done)];

    public async Task<BroadcastClaims> CountClaimsAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, skipped = 0, inFlight = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {broadcast.ClaimPartition}");
        await foreach (var row in tables.Reminders.QueryAsync<TableEntity>(filter, select: [nameof(ReminderRecord.State)], cancellationToken: cancellationToken))
        {
            switch (row.GetString(nameof(ReminderRecord.State)))
            {
                case nameof(ReminderState.Sent): sent++; break;
                case nameof(ReminderState.Failed): failed++; break;
                case nameof(ReminderState.Skipped): skipped++; break;
                case nameof(ReminderState.Sending): inFlight++; break;
            }
        }
        return new BroadcastClaims(sent, failed, skipped, inFlight);
    }

    private static string Position(int index) => index.ToString("D7", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(Broadcast broadcast) => new(Partition, broadcast.Id)
    {
        ["Json"] = JsonSerializer.Serialize(broadcast with { Version = "" }, Json),
        ["State"] = broadcast.State.ToString(),
    };

    private static Broadcast ToBroadcast(TableEntity row) =>
        (JsonSerializer.Deserialize<Broadcast>(row.GetString("Json"), Json) ?? throw new InvalidOperationException("A broadcast is stored empty."))
        with { Version = row.ETag.ToString() };

    private sealed record StoredRecipient(string Key, string Email, string Name, Dictionary<string, string> Values, List<MailAddress> Cc, string? UnitId, string? EntryId);

    private static TableEntity RecipientRow(string id, int index, BroadcastRecipient recipient) => new("r-" + id, Position(index))
    {
        ["Json"] = JsonSerializer.Serialize(new StoredRecipient(recipient.Key, recipient.Email, recipient.Name, new(recipient.Values), [.. recipient.Cc],
            recipient.UnitId, recipient.EntryId), Json),
    };

    private static BroadcastRecipient ToRecipient(TableEntity row)
    {
        var stored = JsonSerializer.Deserialize<StoredRecipient>(row.GetString("Json"), Json) ?? throw new InvalidOperationException("A recipient is stored empty.");
        return new BroadcastRecipient(stored.Key, stored.Email, stored.Name, stored.Values) { Cc = stored.Cc, UnitId = stored.UnitId, EntryId = stored.EntryId };
    }
}

/// <summary>Read by the SendBroadcast queue trigger; a message is the contest's id and "{broadcast id}:{first recipient}".</summary>
public sealed class StorageBroadcastQueue(Azure.Storage.Queues.QueueServiceClient queues, Domain.Contest.ContestRecord contest) : IBroadcastQueue
{
    public const string Queue = "broadcasts";

    public async Task EnqueueAsync(string id, int from, CancellationToken cancellationToken) =>
        await queues.GetQueueClient(Queue).SendMessageAsync(Contest.ContestJobs.Wrap(contest.Id, Payload(id, from)), cancellationToken);

    public static string Payload(string id, int from) => $"{id}:{from.ToString(CultureInfo.InvariantCulture)}";

    public static (string Id, int From)? Read(string payload)
    {
        var at = payload.LastIndexOf(':');
        return at > 0 && int.TryParse(payload[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var from) ? (payload[..at], from) : null;
    }
}
