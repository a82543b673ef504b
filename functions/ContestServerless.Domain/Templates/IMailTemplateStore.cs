namespace ContestServerless.Domain.Templates;

/// <summary>A contest's saved templates, one per kind; a kind without a row sends its default.</summary>
public interface IMailTemplateStore
{
    Task<SavedTemplate?> FindAsync(TemplateKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// Saves over the version read (<see cref="SavedTemplate.DefaultVersion"/> when the default was read); answers the
    /// new version, or null when someone saved or reset since.
    /// </summary>
    Task<string?> TrySaveAsync(TemplateKind kind, SavedTemplate template, string version, CancellationToken cancellationToken);

    /// <summary>Removes the saved template, so the kind sends its default again.</summary>
    Task DeleteAsync(TemplateKind kind, CancellationToken cancellationToken);
}

/// <summary>A template as saved: its text, who saved it and when, and the version a change must name.</summary>
public sealed record SavedTemplate(MailTemplate Template, DateTimeOffset SavedAt, string SavedBy, string Version)
{
    /// <summary>The version of a kind nobody has saved: what a first save names in If-Match.</summary>
    public const string DefaultVersion = "\"default\"";
}
