using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
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
