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
        services.AddOptionsValue<EntryCleanupOptions>();
        services.AddScoped<IZipContents, EntriesZip>();
        return services.AddScopeds(
            typeof(EntryAdmission), typeof(EntryLookup), typeof(EntryService), typeof(AbandonedEntryCleanup),
            typeof(ReceiptMailService), typeof(ReceiptMailRequeue),
            typeof(EntryCatalog), typeof(EntryExports), typeof(EligibilityService), typeof(LateLinks), typeof(LateLinkService),
            typeof(DuplicateService), typeof(BulkDownloadService), typeof(BulkDownloadBuilder));
    }
}
