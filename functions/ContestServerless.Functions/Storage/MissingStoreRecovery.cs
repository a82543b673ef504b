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
public sealed class MissingStoreRecovery(TableServiceClient tables, BlobServiceClient blobs, IReadOnlyList<string> containers, ILogger logger)
{
    /// <summary>Set while re-creating, so the creating calls themselves are never recovered again.</summary>
    private static readonly AsyncLocal<bool> Recovering = new();

    private ILogger Logger { get; } = logger;

    public HttpPipelinePolicy TablePolicy => new RecoveryPolicy(this, IsMissingTable, EnsureTablesAsync);

    public HttpPipelinePolicy BlobPolicy => new RecoveryPolicy(this, IsMissingContainer, EnsureContainersAsync);

    public async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in ContestTables.Names) await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
    }

    public async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        foreach (var container in containers)
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
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
