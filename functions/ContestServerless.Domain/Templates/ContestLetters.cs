using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Templates;

/// <summary>
/// What a contest's letters are written from: its settings and the templates its organizers saved (null for a kind
/// that sends its default). A sender reads a template once per run, so a run's letters share one wording even if an
/// organizer saves midway.
/// </summary>
public sealed class ContestLetters(ContestOptions contest, IMailTemplateStore store)
{
    public ContestOptions Contest => contest;

    /// <summary>The contest's saved template for <paramref name="kind"/>; null when it sends the default.</summary>
    public async Task<MailTemplate?> TemplateAsync(TemplateKind kind, CancellationToken cancellationToken) =>
        (await store.FindAsync(kind, cancellationToken))?.Template;
}
