using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Domain.Publishing;

/// <summary>
/// Which winners are asked for their consent to publication, and what each is told: every prize entry of the published
/// approval that is still in play (not disqualified, withdrawn, excluded or erased) and whose authors have not all
/// answered. Only once the results are public.
/// </summary>
public sealed class PublicationRequestLetters(
    IResultsStore results,
    IEntryStore entries,
    ContestLetters templates,
    ContestRecord contestRecord,
    ReminderOptions reminderOptions,
    TimeProvider clock)
{
    /// <summary>The claim rows of these e-mails, a row per entry: asked once, however often the organizer presses the button.</summary>
    public const string Partition = "~publication-request";

    public async Task<Result<PublicationRequestBatch>> ComposeAsync(CancellationToken cancellationToken)
    {
        var state = await results.GetAsync(cancellationToken);
        if (state.PublishedApprovalAt(clock.GetUtcNow()) is not { } approval)
            return new Problem(ProblemKind.Conflict, "Kết quả chưa được công bố",
                "Chỉ gửi thư đề nghị tác giả cho biết ý kiến công bố tác phẩm sau khi kết quả đã được công bố.");
        var disqualified = state.Disqualified.Select(d => d.EntryId).ToHashSet(StringComparer.Ordinal);
        var prizes = approval.Proposal.Tiers
            .SelectMany(tier => tier.Entries.Select(e => (EntryId: e.Candidate.EntryId, Tier: tier.Tier.Name)))
            .Where(p => !disqualified.Contains(p.EntryId))
            .DistinctBy(p => p.EntryId)
            .ToList();
        var template = await templates.TemplateAsync(TemplateKind.PublicationRequest, cancellationToken);

        var letters = new List<PublicationRequestLetter>();
        int answered = 0, withoutEmail = 0;
        foreach (var (entryId, tier) in prizes)
        {
            if ((await entries.FindAsync(entryId, cancellationToken))?.Entry is not { InPlay: true, DeidentifiedAt: null } entry) continue;
            if (entry.Publication != PublicationState.Unanswered) { answered++; continue; }
            if (entry.Author.Email.Length == 0) { withoutEmail++; continue; }
            var page = EntrantPage(entry);
            letters.Add(new PublicationRequestLetter(entry.Id, () => PublicationRequestEmail.Compose(entry, tier, templates.Contest, page, template)));
        }
        return new PublicationRequestBatch(letters, answered, withoutEmail);
    }

    /// <summary>
    /// The entrant's own page opened on the entry, as the receipt page links it: the id and receipt code ride in the
    /// fragment, which never reaches a server's log.
    /// </summary>
    private Uri EntrantPage(Entry entry) => new(new Uri(reminderOptions.SiteUrl),
        contestRecord.Page($"/ho-so.html#id={Uri.EscapeDataString(entry.Id)}&code={Uri.EscapeDataString(entry.ReceiptCode)}"));
}

/// <summary>One winner's e-mail, owed once under its claim row (the entry's id).</summary>
public sealed record PublicationRequestLetter(string EntryId, Func<MailMessage> Compose);

/// <summary>The e-mails of one run, and the winners left out: every author already answered, or nobody to write to.</summary>
public sealed record PublicationRequestBatch(IReadOnlyList<PublicationRequestLetter> Letters, int Answered, int WithoutEmail);

/// <summary>The e-mail asking a winner's author to answer about publication on the entrant's page.</summary>
public static class PublicationRequestEmail
{
    public static MailMessage Compose(Entry entry, string tierName, ContestOptions contest, Uri entrantPage, MailTemplate? template = null)
    {
        var rendered = template.Render(TemplateKind.PublicationRequest, Values(entry, tierName, contest, entrantPage));
        return new MailMessage(entry.Author.Email, entry.Author.FullName, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Results,
            UnitId = entry.UnitId,
            EntryId = entry.Id,
        };
    }

    public static Dictionary<string, string> Values(Entry entry, string tierName, ContestOptions contest, Uri entrantPage) =>
        new(TemplateValues.Common(contest))
        {
            [Placeholders.Addressee] = entry.Author.FullName,
            [Placeholders.EntryId] = entry.Id,
            [Placeholders.Title] = entry.Title,
            ["giai"] = tierName,
            [Placeholders.Link] = entrantPage.AbsoluteUri,
        };
}
