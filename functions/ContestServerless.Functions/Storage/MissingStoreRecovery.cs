using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Tables and containers are created at start, but a store can lose one while the app runs (deleted by hand, a
/// restored account). Every storage call passes through <see cref="TablePolicy"/> or <see cref="BlobPolicy"/>:
/// when the answer says the table (TableNotFound) or the container (ContainerNotFound) is missing, the app's
/// tables or containers are created again and the call is sent once more, so the store recovers without a
/// restart. If they cannot be created yet (Azure refuses to re-create a table for a while after deleting it),
/// the original answer stands and surfaces as a passing fault (503).
/// </summary>
public sealed class MissingStoreRecovery(Func<TableServiceClient> tables, Func<BlobServiceClient> blobs, StorageOptions options, ILogger logger)
{
    // Its own clients are made when a recovery first needs them, which is rarely: made with the app's clients, they
    // cost every instance's first request about 25 ms (script/bench startup).
    private readonly Lazy<TableServiceClient> _tables = new(tables);
    private readonly Lazy<BlobServiceClient> _blobs = new(blobs);

    /// <summary>The storage keys of the contests this instance has used (the first contest's always): what a recovery re-creates.</summary>
    private readonly ConcurrentDictionary<string, byte> _contests = new(StringComparer.Ordinal) { [""] = 0 };

    /// <summary>Set while re-creating, so the creating calls themselves are never recovered again.</summary>
    private static readonly AsyncLocal<bool> Recovering = new();

    private ILogger Logger { get; } = logger;

    public HttpPipelinePolicy TablePolicy => new RecoveryPolicy(this, IsMissingTable, EnsureTablesAsync);

    public HttpPipelinePolicy BlobPolicy => new RecoveryPolicy(this, IsMissingContainer, EnsureContainersAsync);

    public void Track(string storageKey) => _contests.TryAdd(storageKey, 0);

    /// <summary>A deleted contest's: never re-created (the first contest's are always kept).</summary>
    public void Untrack(string storageKey)
    {
        if (storageKey.Length > 0) _contests.TryRemove(storageKey, out _);
    }

    /// <summary>The deployment's tables and those of every contest used here.</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in DeploymentTables.Names) await _tables.Value.CreateTableIfNotExistsAsync(table, cancellationToken);
        foreach (var key in _contests.Keys) await EnsureTablesAsync(key, cancellationToken);
    }

    /// <summary>The containers of every contest used here.</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        foreach (var key in _contests.Keys) await EnsureContainersAsync(key, cancellationToken);
    }

    /// <summary>One contest's tables and containers.</summary>
    public async Task EnsureContestAsync(string storageKey, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(storageKey, cancellationToken);
        await EnsureContainersAsync(storageKey, cancellationToken);
    }

    private async Task EnsureTablesAsync(string storageKey, CancellationToken cancellationToken)
    {
        foreach (var table in ContestTables.NamesOf(storageKey)) await _tables.Value.CreateTableIfNotExistsAsync(table, cancellationToken);
    }

    private async Task EnsureContainersAsync(string storageKey, CancellationToken cancellationToken)
    {
        foreach (var container in ContestContainers.Of(options, storageKey).All)
            await _blobs.Value.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    private static bool IsMissingTable(HttpMessage message)
    {
        if (!message.HasResponse) return false;
        var response = message.Response;
        if (ErrorCode(response) == "TableNotFound") return true;
        // A transaction answers 202 with the failed change inside its multipart body; other errors carry the
        // code in a small JSON body. Only those are read, never a successful query's rows.
        var batch = message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);
        return (response.Status == 404 || batch) && response.ContentStream is MemoryStream
            && response.Content.ToString().Contains("TableNotFound", StringComparison.Ordinal);
    }

    private static bool IsMissingContainer(HttpMessage message) =>
        message.HasResponse && message.Response.Status == 404 && ErrorCode(message.Response) == "ContainerNotFound";

    private static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;

    private sealed class RecoveryPolicy(MissingStoreRecovery owner, Func<HttpMessage, bool> isMissing, Func<CancellationToken, Task> ensure)
        : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (Recovering.Value || !isMissing(message)) return;

            Recovering.Value = true;
            try
            {
                owner.Logger.LogWarning("Storage answered {Status} for {Path}: a table or container is missing; creating it again",
                    message.Response.Status, message.Request.Uri.Path);
                await ensure(message.CancellationToken);
            }
            catch (RequestFailedException e)
            {
                owner.Logger.LogWarning(e, "Could not re-create the missing table or container yet");
                return;
            }
            finally
            {
                Recovering.Value = false;
            }
            message.Response.Dispose();
            await ProcessNextAsync(message, pipeline);
        }
    }
}
