using ContestServerless.Domain.Publishing;
using ContestServerless.Domain.Reading;

namespace ContestServerless.Functions.Publishing;

/// <summary>How published works are named in the API: never an author's contact details, nor the uploaded file's name.</summary>
public static class PublishingViews
{
    public static IReadOnlyList<PublishedWorkView> Works(IReadOnlyList<PublishedWork> works) => [.. works.Select(Work)];

    public static PublishedWorkView Work(PublishedWork w) => new(w.EntryId, w.Title, w.Author, w.Unit, w.Prize, w.Subject, w.Movement);

    public static PublicationRequestRunView Requests(PublicationRequestRun run) =>
        new(run.Asked, run.Failed, run.AlreadyAsked, run.WithoutEmail, run.Answered);

    public static PublishedWorkPageView Page(WorkPage page)
    {
        var w = page.Work;
        return new PublishedWorkPageView(w.EntryId, w.Title, w.Author, w.Unit, w.Prize, w.Subject, w.Movement,
            page.Page.Html,
            page.Page.Kind switch { EssayPageKind.Formatted => "formatted", EssayPageKind.ExtractedText => "extractedText", _ => "unavailable" },
            page.Page.Notice,
            page.Page.Kind == EssayPageKind.Formatted ? null : $"/api/results/works/{w.EntryId}/file",
            page.Previous is { } p ? new WorkLinkView(p.EntryId, p.Title) : null,
            page.Next is { } n ? new WorkLinkView(n.EntryId, n.Title) : null);
    }
}

/// <summary>A work in the reading room's list; <see cref="Author"/> is the authors as they chose to be named.</summary>
public sealed record PublishedWorkView(string Id, string Title, string Author, string Unit, string Prize, string? Subject, string? Movement);

/// <summary>
/// One work to read: the list's fields, the essay as a safe HTML fragment, how faithful it is (<see cref="Kind"/>:
/// "formatted", "extractedText" or "unavailable") and why (<see cref="Notice"/>), the file's link when the page is not
/// the file's full rendering, and the works before and after it.
/// </summary>
public sealed record PublishedWorkPageView(string Id, string Title, string Author, string Unit, string Prize, string? Subject, string? Movement,
    string Html, string Kind, string? Notice, string? FileUrl, WorkLinkView? Previous, WorkLinkView? Next);

public sealed record WorkLinkView(string Id, string Title);

/// <summary>
/// One run of asking winners about publication: asked now, sends that failed (tried again next run), asked before,
/// without an e-mail address, and already answered by every author.
/// </summary>
public sealed record PublicationRequestRunView(int Asked, int Failed, int AlreadyAsked, int WithoutEmail, int Answered);

/// <summary>
/// The authors' answers about publication, for the entrant's own page and the organizers' entry page: the state
/// ("unanswered", "agreed", "refused", "withdrawn") with its Vietnamese label, and each author's answer.
/// </summary>
public sealed record PublicationView(string State, string Label, IReadOnlyList<MemberPublicationView> Members)
{
    public static PublicationView Of(Domain.Entries.Entry entry)
    {
        var state = entry.Publication;
        var members = entry.Members.Select((m, i) =>
        {
            var c = entry.PublicationConsents.FirstOrDefault(c => c.Member == i);
            return new MemberPublicationView(i, m.FullName, m.BirthYear,
                c?.Decision switch { PublicationDecision.Agreed => "agreed", PublicationDecision.Refused => "refused", PublicationDecision.Withdrawn => "withdrawn", _ => null },
                c is { Agreed: true } ? c.Naming switch { AuthorNaming.PenName => "penName", AuthorNaming.Anonymous => "anonymous", _ => "fullName" } : null,
                c is { Agreed: true } ? c.PenName : null, c?.GuardianName,
                c is null ? null : Domain.Common.VietnamTime.ToLocal(c.At),
                c?.Channel switch { ConsentChannel.EntryForm => "entryForm", ConsentChannel.EntrantPage => "entrantPage", _ => null });
        }).ToList();
        var label = PublicationConsents.Label(state);
        if (state == PublicationState.Agreed)
            label += $" ({string.Join(", ", entry.PublicationConsents.Select(c => PublicationConsents.Label(c.Naming)).Distinct())})";
        return new PublicationView(state switch
        {
            PublicationState.Agreed => "agreed",
            PublicationState.Refused => "refused",
            PublicationState.Withdrawn => "withdrawn",
            _ => "unanswered",
        }, label, members);
    }
}

/// <summary>
/// One author's answer: <see cref="Answer"/> "agreed", "refused", "withdrawn" or null (none yet); <see cref="Naming"/>
/// "fullName", "penName" or "anonymous" when agreed; when and where ("entryForm", "entrantPage") it was given.
/// </summary>
public sealed record MemberPublicationView(int Member, string FullName, int BirthYear, string? Answer, string? Naming, string? PenName,
    string? GuardianName, DateTimeOffset? At, string? Channel);
