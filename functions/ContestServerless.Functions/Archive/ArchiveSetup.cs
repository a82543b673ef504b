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
        // Scoped like the services they read: each request's contest is its own (ContestDirectory).
        services.AddScoped<IPaperPrinter, PaperPrinter>();
        services.AddScoped<IArchivePart, ArchiveEntries>();
        services.AddScoped<IArchivePart, ArchiveDocuments>();
        services.AddScoped<IArchivePart, ArchiveQuickReports>();
        services.AddScoped<IArchivePart, ArchiveScores>();
        services.AddScoped<IArchivePart, ArchiveResults>();
        // Last, so the trail holds every row up to the package, its own request included.
        services.AddScoped<IArchivePart, ArchiveAuditTrail>();
        services.AddScoped<IZipContents, ArchivePackageZip>();
        return services.AddScoped<ArchivePackageService>();
    }
}
