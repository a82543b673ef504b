using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Downloads;
using ContestServerless.Functions.Results;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Archive;

public static class ArchiveSetup
{
    /// <summary>
    /// The contest's archive package: built by the bulk downloads' job (<see cref="ArchivePackageZip"/> is one more kind
    /// of ZIP), its parts in the order they are written.
    /// </summary>
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        services.AddSingleton<IPaperPrinter, PaperPrinter>();
        services.AddSingleton<IArchivePart, ArchiveEntries>();
        services.AddSingleton<IArchivePart, ArchiveQuickReports>();
        services.AddSingleton<IArchivePart, ArchiveScores>();
        services.AddSingleton<IArchivePart, ArchiveResults>();
        // Last, so the trail holds every row up to the package, its own request included.
        services.AddSingleton<IArchivePart, ArchiveAuditTrail>();
        services.AddSingleton<IZipContents, ArchivePackageZip>();
        return services.AddSingleton<ArchivePackageService>();
    }
}
