using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Entries;

public static class EntriesSetup
{
    /// <summary>
    /// The entries' services: the public submission flow and its receipts, the organizers' list and exports, late-entry
    /// links, eligibility, duplicates and bulk downloads. Their stores are registered with the rest of storage.
    /// </summary>
    public static IServiceCollection AddEntries(this IServiceCollection services)
    {
        services.AddSingleton<EntryAdmission>();
        services.AddSingleton<EntryLookup>();
        services.AddSingleton<EntryService>();
        services.AddOptionsValue<EntryCleanupOptions>();
        services.AddSingleton<AbandonedEntryCleanup>();
        services.AddSingleton<ReceiptMailService>();
        services.AddSingleton<ReceiptMailRequeue>();
        services.AddSingleton<EntryCatalog>();
        services.AddSingleton<EntryExports>();
        services.AddSingleton<EligibilityService>();
        services.AddSingleton<LateLinks>();
        services.AddSingleton<LateLinkService>();
        services.AddSingleton<DuplicateService>();
        services.AddSingleton<BulkDownloadService>();
        services.AddSingleton<BulkDownloadBuilder>();
        return services;
    }
}
