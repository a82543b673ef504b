using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Functions.Privacy;

/// <summary>The privacy feature's answers.</summary>
public static class PrivacyViews
{
    public static EntrantRecordView Record(EntrantRecord record)
    {
        var e = record.Entry;
        return new EntrantRecordView
        {
            Id = e.Id,
            ReceiptCode = e.ReceiptCode,
            Title = e.Title,
            UnitId = e.UnitId,
            UnitName = record.UnitName,
            Movement = e.MovementId,
            MovementName = record.MovementName,
            Status = EntryViews.StatusName(e.Status),
            CreatedAt = VietnamTime.ToLocal(e.CreatedAt),
            ReceivedAt = Local(e.ReceivedAt),
            Author = e.Author,
            CoAuthors = e.CoAuthors,
            Subject = e.Subject,
            FileName = e.File.Name,
            FileSize = e.File.Size,
            WordCount = e.WordCount,
            HandedInBy = e.HandedInBy,
            Consent = Consent(e.Consent),
            Guardian = Guardian(e.Guardian),
            Publication = Publishing.PublicationView.Of(e),
            Revision = e.Revision,
            WithdrawnAt = Local(e.WithdrawnAt),
            DeidentifiedAt = Local(e.DeidentifiedAt),
            Versions = [.. record.Versions.Select(v => new EntryVersionView(v.Number, v.Change, VietnamTime.ToLocal(v.ChangedAt), v.Author, v.Subject, v.File.Name, v.File.Size,
                v.CoAuthors ?? [], Guardian(v.Guardian)))],
            Requests = [.. record.Requests.Select(Request)],
            CanChange = record.CanChange,
            SubmissionClosesAt = VietnamTime.ToLocal(record.SubmissionClosesAt),
        };
    }

    public static ConsentView? Consent(Consent? consent) => consent is null ? null : new(consent.NoticeVersion, VietnamTime.ToLocal(consent.At),
        consent.OnPaper is { } paper ? new PaperConsentView(paper.ReceivedBy, paper.KeptBy) : null);

    public static GuardianView? Guardian(Guardian? g) => g is null ? null : new(g.FullName, g.Relationship, g.Phone, VietnamTime.ToLocal(g.ConsentedAt));

    public static PrivacyRequestView Request(PrivacyRequest r) => new(r.Id, r.EntryId, r.UnitId,
        r.Kind == PrivacyRequestKind.Erasure ? "erasure" : "correction", r.Details, VietnamTime.ToLocal(r.FiledAt),
        r.Decision switch { PrivacyRequestDecision.Granted => "granted", PrivacyRequestDecision.Refused => "refused", _ => "open" },
        r.Reason, r.DecidedBy, Local(r.DecidedAt), r.KeptPublishedName);

    public static PrivacyRequestListView Requests(IReadOnlyList<PrivacyRequest> requests) => new([.. requests.Select(Request)]);

    public static FileReplacementView Ticket(FileReplacementTicket ticket) => new(ticket.UploadUrl.AbsoluteUri, ticket.ExpiresAt);

    public static PrivacyNoticeView Notice(PrivacyOptions privacy, ContestOptions contest) =>
        new(privacy.NoticeVersion, privacy.GuardianAge, Minors.ContestYear(contest), privacy.Region, privacy.RetentionMonths);

    public static RetentionPlanView Plan(RetentionPlan plan) => new(VietnamTime.ToLocal(plan.At), Local(plan.ResultsPublishedAt), Local(plan.DueAt),
        plan.RetentionMonths, plan.Due, [.. plan.ToDeidentify.Select(i => new RetentionItemView(i.EntryId, i.UnitId, i.Title, i.Withdrawn))], plan.WinnersKept);

    private static DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } at ? VietnamTime.ToLocal(at) : null;
}

/// <summary>
/// Everything stored about an entry, for its entrant (who holds the receipt code). The submit key, a one-time
/// technical secret, is the only stored field left out.
/// </summary>
public sealed record EntrantRecordView
{
    public required string Id { get; init; }
    public required string ReceiptCode { get; init; }
    public required string Title { get; init; }
    public required string UnitId { get; init; }
    public required string UnitName { get; init; }
    public required string Movement { get; init; }
    public required string MovementName { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public required Author Author { get; init; }
    public required IReadOnlyList<CoAuthor> CoAuthors { get; init; }
    public required Subject Subject { get; init; }
    public required string FileName { get; init; }
    public required long FileSize { get; init; }
    public int? WordCount { get; init; }
    public string? HandedInBy { get; init; }
    public ConsentView? Consent { get; init; }
    public GuardianView? Guardian { get; init; }
    /// <summary>Each author's consent to publishing the work if it wins, given, changed or withdrawn on this page.</summary>
    public required Publishing.PublicationView Publication { get; init; }

    public required int Revision { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public DateTimeOffset? DeidentifiedAt { get; init; }
    public required IReadOnlyList<EntryVersionView> Versions { get; init; }
    public required IReadOnlyList<PrivacyRequestView> Requests { get; init; }

    /// <summary>Whether the entrant may still correct, replace the file or withdraw (until submission closes).</summary>
    public required bool CanChange { get; init; }

    public required DateTimeOffset SubmissionClosesAt { get; init; }
}

/// <summary>
/// An entry's state before a change: "correction" (details) or "file" (a replaced file), with every member of the
/// group and the guardian as they were (empty and null for versions stored before those were kept).
/// </summary>
public sealed record EntryVersionView(int Number, string Change, DateTimeOffset ChangedAt, Author Author, Subject Subject, string FileName, long FileSize,
    IReadOnlyList<CoAuthor> CoAuthors, GuardianView? Guardian);

/// <summary>
/// Which notice text the entrant agreed to, and when (Vietnam time); <c>OnPaper</c> when the author signed the paper
/// form a unit received and keeps.
/// </summary>
public sealed record ConsentView(string NoticeVersion, DateTimeOffset At, PaperConsentView? OnPaper = null);

/// <summary>Consent signed on paper: the unit that received the form (by name) and who keeps it.</summary>
public sealed record PaperConsentView(string ReceivedBy, string KeptBy);

/// <summary>The parent or guardian who consented for a minor author.</summary>
public sealed record GuardianView(string FullName, string Relationship, string Phone, DateTimeOffset ConsentedAt);

/// <summary>An erasure or correction request and its decision ("open", "granted", "refused").</summary>
public sealed record PrivacyRequestView(
    string Id, string EntryId, string UnitId, string Kind, string Details, DateTimeOffset FiledAt,
    string Decision, string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt, bool KeptPublishedName);

public sealed record PrivacyRequestListView(IReadOnlyList<PrivacyRequestView> Requests);

/// <summary>Where the browser uploads the new file (a link that can create that one blob), and until when.</summary>
public sealed record FileReplacementView(string UploadUrl, DateTimeOffset UploadExpiresAt);

/// <summary>What the entry form and the notice page state: the notice's version, the guardian age, the contest year, region, retention.</summary>
public sealed record PrivacyNoticeView(string NoticeVersion, int GuardianAge, int ContestYear, string Region, int RetentionMonths);

/// <summary>The dry run: what retention would do at <see cref="At"/> (Vietnam time), changing nothing.</summary>
public sealed record RetentionPlanView(DateTimeOffset At, DateTimeOffset? ResultsPublishedAt, DateTimeOffset? DueAt, int RetentionMonths,
    bool Due, IReadOnlyList<RetentionItemView> ToDeidentify, int WinnersKept);

public sealed record RetentionItemView(string EntryId, string UnitId, string Title, bool Withdrawn);
