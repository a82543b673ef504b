using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

public static class StorageSetup
{
    public static IServiceCollection AddContestStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<StorageOptions>();
        services.AddSingleton(sp =>
        {
            // Plain clients (without the recovery policy) to create what went missing.
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new MissingStoreRecovery(TableService(options, new TableClientOptions()), BlobService(options, new BlobClientOptions()),
                options.Containers, sp.GetRequiredService<ILoggerFactory>().CreateLogger<MissingStoreRecovery>());
        });
        services.AddSingleton(sp =>
        {
            var clientOptions = new BlobClientOptions();
            clientOptions.AddPolicy(sp.GetRequiredService<MissingStoreRecovery>().BlobPolicy, HttpPipelinePosition.PerCall);
            return BlobService(sp.GetRequiredService<IOptions<StorageOptions>>().Value, clientOptions);
        });
        services.AddSingleton(sp =>
        {
            var clientOptions = new TableClientOptions();
            clientOptions.AddPolicy(sp.GetRequiredService<MissingStoreRecovery>().TablePolicy, HttpPipelinePosition.PerCall);
            return TableService(sp.GetRequiredService<IOptions<StorageOptions>>().Value, clientOptions);
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            // The Functions queue trigger expects base64 messages (host.json's default messageEncoding).
            var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new QueueServiceClient(options.QueueServiceUri, Credential(options), queueOptions)
                : new QueueServiceClient(options.ConnectionString, queueOptions);
        });
        services.AddSingleton<ContestTables>();
        services.AddSingleton<BlobLinks>();
        services.AddSingleton<IUnitRegister, TableUnitRegister>();
        services.AddSingleton<IEntryStore, TableEntryStore>();
        services.AddSingleton<IQuickReportStore, TableQuickReportStore>();
        services.AddSingleton<IEntryFiles, BlobEntryFiles>();
        services.AddSingleton<IExportFiles, BlobExportFiles>();
        services.AddSingleton<IStaffList, TableStaffList>();
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<IBulkDownloads, TableBulkDownloads>();
        services.AddSingleton<IBulkDownloadQueue, StorageBulkDownloadQueue>();
        services.AddSingleton<IReminderStore, TableReminderStore>();
        services.AddSingleton<IAbuseLedger, TableAbuseLedger>();
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        return services;
    }

    private static BlobServiceClient BlobService(StorageOptions options, BlobClientOptions clientOptions) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.BlobServiceUri, Credential(options), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);

    private static TableServiceClient TableService(StorageOptions options, TableClientOptions clientOptions) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.TableServiceUri, Credential(options), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);

    private static TokenCredential Credential(StorageOptions options) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ClientId });
}

/// <summary>The tables the app keeps, by name.</summary>
public sealed class ContestTables(TableServiceClient service)
{
    /// <summary>Every table's name, for creating them (at start, and again when one went missing).</summary>
    public static readonly IReadOnlyList<string> Names = ["Units", "Entries", "EntryIds", "Staff", "Audit", "BulkDownloads", "Reminders", "Abuse"];

    /// <summary>The unit register: partition "unit", row key = unit id.</summary>
    public TableClient Units { get; } = service.GetTableClient("Units");

    /// <summary>Partition = unit id; rows "entry-{id}" and the unit's "tally", so both change in one transaction.</summary>
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

    public IEnumerable<TableClient> All => Names.Select(service.GetTableClient);

    /// <summary>Characters Table storage refuses in keys; ids carrying them cannot exist.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
