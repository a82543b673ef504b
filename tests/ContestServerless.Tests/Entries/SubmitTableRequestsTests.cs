using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// Submit's table work is one point read of the entry in its unit's partition and one transaction, plus a read of the
/// tally shard only when this instance did not write that shard last.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SubmitTableRequestsTests(ContestStack stack)
{
    private const int Submits = 16;

    /// <summary>The number of tally shards a unit has (<c>UnitPartition.TallyShards</c>).</summary>
    private const int UnitPartitionShards = 8;

    [Fact]
    public async Task Submits_into_one_unit_read_no_locator_and_each_tally_shard_at_most_once()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, $"doc-it-{Guid.NewGuid():N}"[..20]);
        var requests = new RequestLog();
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerCall);
        var tables = new ContestTables(new TableServiceClient(stack.Azurite.ConnectionString, options), "");
        var store = new TableEntryStore(tables, stack.Services.GetRequiredService<ICatalogueQueue>());
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, store);
        var entrant = new Entrant(stack.Http);
        var pdf = TestFiles.Pdf();
        var ids = new List<string>();
        for (var i = 0; i < Submits; i++)
        {
            var (id, link) = await entrant.CreateAsync(Entrant.Form("bai.pdf", pdf.Length, unitId));
            (await Entrant.UploadAsync(link, pdf)).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        foreach (var id in ids)
            Assert.NotNull((await service.SubmitAsync(id, entrant.SubmitKeyOf(id), CancellationToken.None)).Value);

        Assert.DoesNotContain(requests.Uris, uri => uri.Contains("/EntryIds(", StringComparison.Ordinal));
        Assert.Equal(Submits, requests.Uris.Count(uri => uri.Contains("RowKey='entry-", StringComparison.Ordinal)));
        var shardReads = requests.Uris.Count(uri => uri.Contains("RowKey='tally", StringComparison.Ordinal));
        Assert.InRange(shardReads, 1, UnitPartitionShards);
        Assert.Equal(Submits, (await store.GetTallyAsync(unitId, CancellationToken.None)).ReceivedEntries);
    }

    /// <summary>Every table request's URI, in order.</summary>
    private sealed class RequestLog : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentQueue<string> _uris = new();

        public IReadOnlyCollection<string> Uris => _uris;

        public override void OnSendingRequest(HttpMessage message) => _uris.Enqueue(Uri.UnescapeDataString(message.Request.Uri.ToString()));
    }
}
