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
            return new MissingStoreRecovery(() => TableService(options, new TableClientOptions()), () => BlobService(options, new BlobClientOptions()),
                options, sp.GetRequiredService<ILoggerFactory>().CreateLogger<MissingStoreRecovery>());
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
        services.AddSingleton<DeploymentTables>();
        services.AddSingleton<ContestStorage>();
        services.AddSingleton<Domain.Contest.IContestData>(sp => sp.GetRequiredService<ContestStorage>());
        services.AddSingleton<BlobLinks>();
        services.AddSingleton<Domain.Contest.IContestDocumentFiles, BlobContestDocuments>();
        // Deployment-wide: staff, the public form's counters, the contests themselves.
        services.AddSingleton<IStaffList, TableStaffList>();
        services.AddSingleton<IAbuseLedger, TableAbuseLedger>();
        services.AddSingleton<Domain.Contest.IContestStore, TableContestStore>();
        // Everything else is the scope's contest's own: its tables and containers, and every store reading them.
        services.AddScoped(sp => sp.GetRequiredService<ContestStorage>().TablesOf(sp.GetRequiredService<Domain.Contest.ContestRecord>()));
        services.AddScoped(sp => sp.GetRequiredService<ContestStorage>().ContainersOf(sp.GetRequiredService<Domain.Contest.ContestRecord>()));
        services.AddScoped(sp => sp.GetRequiredService<ContestStorage>().CatalogueOf(sp.GetRequiredService<Domain.Contest.ContestRecord>()));
        services.AddScoped<IUnitRegister, TableUnitRegister>();
        services.AddScoped<IEntryStore, TableEntryStore>();
        services.AddScoped<IQuickReportStore, TableQuickReportStore>();
        services.AddScoped<IEntryFiles, BlobEntryFiles>();
        services.AddScoped<IExportFiles, BlobExportFiles>();
        services.AddScoped<IJudgeCopies, BlobJudgeCopies>();
        services.AddScoped<IAuditLog, TableAuditLog>();
        services.AddScoped<IBulkDownloads, TableBulkDownloads>();
        services.AddScoped<IBulkDownloadQueue, StorageBulkDownloadQueue>();
        services.AddScoped<IReminderStore, TableReminderStore>();
        services.AddScoped<Domain.Mail.IMessageLog, TableMessageLog>();
        services.AddScoped<IReceiptMails, TableReceiptMails>();
        services.AddScoped<IReceiptMailQueue, StorageReceiptMailQueue>();
        services.AddScoped<IRoundStore, TableRoundStore>();
        services.AddScoped<IScoreStore, TableScoreStore>();
        services.AddScoped<IResultsStore, TableResultsStore>();
        services.AddScoped<Domain.Privacy.IPrivacyStore, TablePrivacyStore>();
        services.AddScoped<ICatalogueStore, BlobCatalogueStore>();
        services.AddScoped<ICatalogueQueue, StorageCatalogueQueue>();
        services.AddScoped<CatalogueProjector>();
        services.AddScoped<CatalogueRebuild>();
        services.AddScoped<CatalogueReader>();
        // Neither runs at start: the deployment provisions storage, the first request seeds it (ContestsReady).
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<ContestsReady>();
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
