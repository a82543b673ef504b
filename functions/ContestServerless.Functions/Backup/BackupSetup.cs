using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Backup;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Backup;

public static class BackupSetup
{
    /// <summary>The daily backup of every table and its restore: deployment-wide, so singletons, never a contest's scope.</summary>
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddSingleton<ITableBackups>(sp => new BlobTableBackups(sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<StorageOptions>(), sp.GetRequiredService<ContestDirectory>()));
        services.AddSingleton<BackupService>();
        services.AddSingleton<RestoreService>();
        return services;
    }
}
