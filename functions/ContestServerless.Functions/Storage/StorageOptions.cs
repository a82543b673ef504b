using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Where entries and their files are kept. In Azure: the service URIs, reached with the app's managed
/// identity (Storage__BlobServiceUri, Storage__TableServiceUri, Storage__QueueServiceUri, Storage__ClientId for
/// a user-assigned identity). Locally: a connection string to Azurite. The queue trigger's connection is also
/// named "Storage", so the Functions host reads the same Storage__queueServiceUri / Storage__clientId settings
/// (plus Storage__credential = managedidentity).
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public string? ConnectionString { get; set; }
    public Uri? BlobServiceUri { get; set; }
    public Uri? TableServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Entry files (and report scans), uploaded straight here by browsers and checked in place; versioned and
    /// soft-deleted in Azure so nothing received is lost.
    /// </summary>
    [Required] public string EntriesContainer { get; set; } = "entries";

    /// <summary>ZIPs built for organizers.</summary>
    [Required] public string ExportsContainer { get; set; } = "exports";

    /// <summary>The catalogue, the organizers' lists' read model: one blob rebuilt from the Entries table at will.</summary>
    [Required] public string CatalogueContainer { get; set; } = "catalogue";

    /// <summary>A contest's own documents (its plan, its rules) as PDF, uploaded by organizers and served from the site.</summary>
    [Required] public string DocumentsContainer { get; set; } = "documents";

    /// <summary>
    /// The daily backups of every table (see <see cref="Backup.BlobTableBackups"/>): deployment-wide, not a contest's, and
    /// immutable for a while in Azure, so the app never creates it again when it goes missing; the backup run does.
    /// </summary>
    [Required] public string BackupsContainer { get; set; } = "backups";

    /// <summary>Every container the app keeps, for creating them (at start, and again when one went missing).</summary>
    public IReadOnlyList<string> Containers => [EntriesContainer, ExportsContainer, CatalogueContainer, DocumentsContainer];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && (BlobServiceUri is null || TableServiceUri is null || QueueServiceUri is null))
            yield return new ValidationResult(
                "Set Storage:ConnectionString, or all of Storage:BlobServiceUri, Storage:TableServiceUri and Storage:QueueServiceUri.");
    }
}
