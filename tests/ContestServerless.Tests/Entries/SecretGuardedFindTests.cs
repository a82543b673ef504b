using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Privacy;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// A route that takes an entry id and a secret makes the same storage requests whether the id is unknown, malformed,
/// or real with the wrong secret, so its time cannot tell which ids exist. Counted, not timed.
/// </summary>
[Collection(StackCollection.Name)]
public sealed partial class SecretGuardedFindTests(ContestStack stack)
{
    private const string UnknownId = "K7P29XQ4MZ";
    private const string MalformedId = "abc/?#!";
    private static readonly PublicCaller Caller = new("127.0.0.1");

    private readonly RequestLog _requests = new();

    private TableEntryStore CountedStore()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerCall);
        var tables = new ContestTables(new TableServiceClient(stack.Azurite.ConnectionString, options), "");
        return new TableEntryStore(tables, stack.Services.GetRequiredService<ICatalogueQueue>());
    }

    /// <summary>The entry-store requests <paramref name="call"/> makes, as "METHOD Table" in order.</summary>
    private async Task<IReadOnlyList<string>> RequestsOf(Func<Task> call)
    {
        _requests.Clear();
        await call();
        return _requests.Shapes;
    }

    [Fact]
    public async Task The_lookup_reads_the_same_for_an_unknown_id_a_malformed_one_and_a_real_one_with_a_wrong_code()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "so-noi-vu");
        var service = ActivatorUtilities.CreateInstance<EntryLookup>(stack.Services, CountedStore());

        var unknown = await RequestsOf(async () => Assert.NotNull((await service.LookupAsync(UnknownId, "AAAA-BBBB", Caller, default)).Problem));
        var malformed = await RequestsOf(async () => Assert.NotNull((await service.LookupAsync(MalformedId, "AAAA-BBBB", Caller, default)).Problem));
        var wrongCode = await RequestsOf(async () => Assert.NotNull((await service.LookupAsync(entrant.Id, "AAAA-BBBB", Caller, default)).Problem));
        var right = await RequestsOf(async () => Assert.Null((await service.LookupAsync(entrant.Id, entrant.Code, Caller, default)).Problem));

        Assert.Equal(["GET EntryIds", "GET Entries"], unknown);
        Assert.Equal(unknown, malformed);
        Assert.Equal(unknown, wrongCode);
        Assert.Equal(unknown, right);
    }

    [Fact]
    public async Task The_entrants_record_reads_the_same_for_an_unknown_id_a_malformed_one_and_a_real_one_with_a_wrong_code()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "so-noi-vu");
        var service = ActivatorUtilities.CreateInstance<EntrantDataService>(stack.Services,
            ActivatorUtilities.CreateInstance<EntrantAccess>(stack.Services, CountedStore()));

        var unknown = await RequestsOf(async () => Assert.NotNull((await service.ExportAsync(UnknownId, "AAAA-BBBB", Caller, default)).Problem));
        var malformed = await RequestsOf(async () => Assert.NotNull((await service.ExportAsync(MalformedId, "AAAA-BBBB", Caller, default)).Problem));
        var wrongCode = await RequestsOf(async () => Assert.NotNull((await service.ExportAsync(entrant.Id, "AAAA-BBBB", Caller, default)).Problem));

        Assert.Equal(["GET EntryIds", "GET Entries"], unknown);
        Assert.Equal(unknown, malformed);
        Assert.Equal(unknown, wrongCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Submit_reads_the_same_for_an_unknown_id_a_malformed_one_and_a_real_one_with_a_wrong_key(bool keyNamesTheUnit)
    {
        var entrant = new Entrant(stack.Http);
        var (id, _) = await entrant.CreateAsync(Entrant.Form("bai.pdf", 1000, "so-noi-vu"));
        var key = entrant.SubmitKeyOf(id);
        // The same shape as the real key (a unit after the dot, or none), with other random bits.
        var wrongKey = keyNamesTheUnit ? Codes.NewSubmitKey("so-noi-vu") : Codes.NewSubmitKey();
        Assert.NotEqual(key, wrongKey);
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, CountedStore());

        var unknown = await RequestsOf(async () => Assert.NotNull((await service.SubmitAsync(UnknownId, wrongKey, default)).Problem));
        var malformed = await RequestsOf(async () => Assert.NotNull((await service.SubmitAsync(MalformedId, wrongKey, default)).Problem));
        var wrong = await RequestsOf(async () => Assert.NotNull((await service.SubmitAsync(id, wrongKey, default)).Problem));

        Assert.Equal(keyNamesTheUnit ? ["GET Entries"] : ["GET EntryIds", "GET Entries"], unknown);
        Assert.Equal(unknown, malformed);
        Assert.Equal(unknown, wrong);
    }

    [Fact]
    public async Task The_unit_portal_reads_the_same_for_an_unknown_id_a_malformed_one_and_another_units_entry()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, $"tra-cuu-{Guid.NewGuid():N}"[..20]);
        var token = await TestUnits.LinkTokenAsync(organizer, unitId);
        var elsewhere = await EntrantClient.EnterAsync(stack, "so-noi-vu");
        var portal = ActivatorUtilities.CreateInstance<EntryScreeningService>(stack.Services, CountedStore());

        var unknown = await RequestsOf(async () => Assert.NotNull((await portal.ScreenAsync(token, UnknownId, "forward", null, default)).Problem));
        var malformed = await RequestsOf(async () => Assert.NotNull((await portal.ScreenAsync(token, MalformedId, "forward", null, default)).Problem));
        var outside = await RequestsOf(async () => Assert.NotNull((await portal.ScreenAsync(token, elsewhere.Id, "forward", null, default)).Problem));

        Assert.Equal(["GET EntryIds", "GET Entries"], unknown);
        Assert.Equal(unknown, malformed);
        Assert.Equal(unknown, outside);
    }

    /// <summary>Every table request of the store, as its method and table.</summary>
    private sealed partial class RequestLog : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentQueue<string> _shapes = new();

        public IReadOnlyList<string> Shapes => [.. _shapes];

        public void Clear() => _shapes.Clear();

        public override void OnSendingRequest(HttpMessage message) =>
            _shapes.Enqueue($"{message.Request.Method} {TableName().Match(message.Request.Uri.Path).Groups[1].Value}");

        [GeneratedRegex(@"/(\w+)\(")]
        private static partial Regex TableName();
    }
}
