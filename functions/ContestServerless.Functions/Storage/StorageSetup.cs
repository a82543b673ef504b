using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Judging;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Storage;

public static class StorageSetup
{
    public static IServiceCollection AddContestStorage(this IServiceCollection services)
    {
        services.AddOptionsValue<StorageOptions>();
        services.AddSingleton(sp =>
        {
            // Plain clients (without the recovery policy) to create what went missing.
            var options = sp.GetRequiredService<StorageOptions>();
            return new MissingStoreRecovery(TableService(options, new TableClientOptions()), BlobService(options, new BlobClientOptions()),
                options.Containers, sp.GetRequiredService<ILoggerFactory>().CreateLogger<MissingStoreRecovery>());
        });
        services.AddSingleton(sp =>
        {
            var clientOptions = new BlobClientOptions();
            clientOptions.AddPolicy(sp.GetRequiredService<MissingStoreRecovery>().BlobPolicy, HttpPipelinePosition.PerCall);
            return BlobService(sp.GetRequiredService<StorageOptions>(), clientOptions);
        });
        services.AddSingleton(sp =>
        {
            var clientOptions = new TableClientOptions();
            clientOptions.AddPolicy(sp.GetRequiredService<MissingStoreRecovery>().TablePolicy, HttpPipelinePosition.PerCall);
            return TableService(sp.GetRequiredService<StorageOptions>(), clientOptions);
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<StorageOptions>();
            // The Functions queue trigger expects base64 messages (host.json's default messageEncoding).
            var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            return Connect(options, options.QueueServiceUri,
                connectionString => new QueueServiceClient(connectionString, queueOptions),
                (uri, identity) => new QueueServiceClient(uri, identity, queueOptions));
        });
        services.AddSingleton<ContestTables>();
        services.AddSingleton<BlobLinks>();
        services.AddSingleton<IUnitRegister, TableUnitRegister>();
        services.AddSingleton<IEntryStore, TableEntryStore>();
        services.AddSingleton<IQuickReportStore, TableQuickReportStore>();
        services.AddSingleton<IEntryFiles, BlobEntryFiles>();
        services.AddSingleton<IExportFiles, BlobExportFiles>();
        // Scoped: it cleans copies within the request's contest's .docx limits.
        services.AddScoped<IJudgeCopies, BlobJudgeCopies>();
        services.AddSingleton<IStaffList, TableStaffList>();
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<IBulkDownloads, TableBulkDownloads>();
        services.AddSingleton<IBulkDownloadQueue, StorageBulkDownloadQueue>();
        services.AddSingleton<IReminderStore, TableReminderStore>();
        services.AddSingleton<IReceiptMails, TableReceiptMails>();
        services.AddSingleton<IReceiptMailQueue, StorageReceiptMailQueue>();
        services.AddSingleton<IAbuseLedger, TableAbuseLedger>();
        services.AddSingleton<IRoundStore, TableRoundStore>();
        services.AddSingleton<IScoreStore, TableScoreStore>();
        services.AddSingleton<IResultsStore, TableResultsStore>();
        services.AddSingleton<Domain.Privacy.IPrivacyStore, TablePrivacyStore>();
        services.AddSingleton<ICatalogueStore, BlobCatalogueStore>();
        services.AddSingleton<ICatalogueQueue, StorageCatalogueQueue>();
        services.AddSingleton<CatalogueProjector>();
        services.AddSingleton<CatalogueRebuild>();
        services.AddSingleton<CatalogueReader>();
        services.AddSingleton<Domain.Contest.IContestStore, TableContestStore>();
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        return services;
    }

    private static BlobServiceClient BlobService(StorageOptions options, BlobClientOptions clientOptions) =>
        Connect(options, options.BlobServiceUri,
            connectionString => new BlobServiceClient(connectionString, clientOptions),
            (uri, identity) => new BlobServiceClient(uri, identity, clientOptions));

    private static TableServiceClient TableService(StorageOptions options, TableClientOptions clientOptions) =>
        Connect(options, options.TableServiceUri,
            connectionString => new TableServiceClient(connectionString, clientOptions),
            (uri, identity) => new TableServiceClient(uri, identity, clientOptions));

    /// <summary>
    /// A service client built from the connection string when there is one (Azurite, locally), otherwise from the
    /// service's URI and the app's managed identity (Azure); <see cref="StorageOptions"/> validates that one is set.
    /// </summary>
    private static TClient Connect<TClient>(StorageOptions options, Uri? serviceUri,
        Func<string, TClient> withConnectionString, Func<Uri, TokenCredential, TClient> withIdentity) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? withIdentity(serviceUri!, new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ClientId }))
            : withConnectionString(options.ConnectionString);
}
