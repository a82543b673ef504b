using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Judging;
using ContestServerless.Functions.Results;

namespace ContestServerless.Functions.Contest;

public static class ContestViews
{
    /// <summary>A stored contest as the public sees it at <paramref name="now"/>, its deadline's extension notice included.</summary>
    public static ContestView Contest(ContestRecord record, DateTimeOffset now, bool proofOfWork) =>
        Contest(record.Settings, now, proofOfWork, record.Extension);

    /// <summary>The contest as it stands at <paramref name="now"/>; <paramref name="proofOfWork"/> says whether creating an entry needs the widget.</summary>
    public static ContestView Contest(ContestOptions contest, DateTimeOffset now, bool proofOfWork, ContestExtension? extension = null)
    {
        var window = contest.SubmissionWindowAt(now);
        var (minBirthYear, maxBirthYear) = contest.EntryRules.BirthYearRange(now);
        return new(
            contest.Id,
            contest.Name,
            contest.Organizer,
            contest.Description,
            contest.Authority,
            contest.Intro,
            contest.Area,
            contest.Contact,
            VietnamTime.ToLocal(contest.SubmissionOpensAt),
            VietnamTime.ToLocal(contest.SubmissionClosesAt),
            VietnamTime.ToLocal(contest.QuickReportDueAt),
            VietnamTime.Zone.Id,
            IsOpen: window == SubmissionWindow.Open,
            Status: window switch
            {
                SubmissionWindow.NotYetOpen => "notYetOpen",
                SubmissionWindow.Open => "open",
                _ => "closed",
            },
            [.. contest.Movements.Select(m => new MovementView(m.Id, m.Name))],
            [.. contest.Documents.Select(Document)],
            [.. contest.UnitGroups.Select(g => new UnitGroupView(g.Id, g.Name))],
            // The entry form shows the proof-of-work widget only when creates need it.
            proofOfWork,
            new EntryRulesView(
                contest.EntryRules.AllowedExtensions,
                contest.EntryRules.MaxFileBytes,
                contest.EntryRules.MaxWords,
                contest.EntryRules.MaxCoAuthors,
                // Every limit EntryValidator enforces, so the form checks exactly what the server will.
                EntryValidator.MaxTitleLength,
                EntryValidator.MaxNameLength,
                EntryValidator.MaxOccupationLength,
                EntryValidator.MaxWorkplaceLength,
                EntryValidator.MaxAddressLength,
                EntryValidator.MaxSummaryLength,
                EntryValidator.MaxFileNameLength,
                EntryValidator.MaxEmailLength,
                EntryValidator.MaxKeptByLength,
                minBirthYear,
                maxBirthYear),
            extension is null ? null : new ContestExtensionView(
                extension.Notice, VietnamTime.ToLocal(extension.PreviousClosesAt), VietnamTime.ToLocal(extension.ClosesAt), VietnamTime.ToLocal(extension.At)));
    }

    /// <summary>A line of the list of contests; its status from the clock.</summary>
    public static ContestSummaryView Summary(ContestRecord record, DateTimeOffset now) => new(
        record.Id,
        record.Settings.Name,
        JsonNamingPolicy.CamelCase.ConvertName(record.StatusAt(now).ToString()),
        VietnamTime.ToLocal(record.Settings.SubmissionOpensAt),
        VietnamTime.ToLocal(record.Settings.SubmissionClosesAt));

    /// <summary>
    /// The settings as organizers edit them, in the shape <see cref="ContestSettingsRequest"/> sends them back, with where
    /// the contest stands at <paramref name="now"/> (an archived one is shown read-only).
    /// </summary>
    public static ContestSettingsView Settings(ContestRecord record, DateTimeOffset now)
    {
        var contest = record.Settings;
        return new(
            record.Id,
            JsonNamingPolicy.CamelCase.ConvertName(record.StatusAt(now).ToString()),
            record.Archived is { } archived ? new ContestArchivalView(archived.By, VietnamTime.ToLocal(archived.At)) : null,
            contest.Name,
            contest.Organizer,
            contest.Description,
            contest.Authority,
            contest.Intro,
            contest.Area,
            contest.Contact,
            VietnamTime.ToLocal(contest.SubmissionOpensAt),
            VietnamTime.ToLocal(contest.SubmissionClosesAt),
            VietnamTime.ToLocal(contest.QuickReportDueAt),
            [.. contest.Movements.Select(m => new MovementView(m.Id, m.Name))],
            [.. contest.Documents.Select(Document)],
            [.. contest.UnitGroups.Select(g => new UnitGroupView(g.Id, g.Name))],
            new EntryRulesSettingsView(
                contest.EntryRules.AllowedExtensions,
                contest.EntryRules.MaxFileBytes,
                contest.EntryRules.MaxWords,
                contest.EntryRules.MaxCoAuthors,
                contest.EntryRules.MinAuthorAge,
                contest.EntryRules.MaxAuthorAge),
            [.. (contest.PrizeTiers ?? []).Select(t => new PrizeTierView(t.Name, t.Quota, t.MovementId, t.Amount))],
            contest.Papers is { } papers
                ? new PapersSettingsView(papers.Place, papers.Locality, papers.JuryChair, papers.JurySecretary, papers.SignerTitle, papers.SignerName)
                : null,
            contest.Rubric is { } rubric
                ? new RubricDefaultsView([.. rubric.Criteria.Select(c => new CriterionView(c.Id, c.Label, c.Description, c.Max, c.Step))], rubric.JudgesPerEntry)
                : null,
            contest.Reminders is { } reminders
                ? new ReminderStepsView(string.Join(",", reminders.DaysBefore.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))), reminders.OverdueEveryDays)
                : null,
            contest.Privacy is { } privacy ? new PersonalDataView(privacy.NoticeVersion, privacy.GuardianAge, privacy.RetentionMonths) : null);
    }

    private static ContestDocumentView Document(ContestDocument document) => new(
        document.Number,
        document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        document.Title,
        document.Url,
        document.Role switch
        {
            ContestDocumentRole.Rules => "rules",
            ContestDocumentRole.Plan => "plan",
            _ => null,
        },
        document.Citation);
}

/// <summary>What the home page and the entry form need to know about the contest.</summary>
public sealed record ContestView(
    string Id,
    string Name,
    string Organizer,
    string Description,
    string Authority,
    IReadOnlyList<string> Intro,
    string Area,
    string Contact,
    DateTimeOffset SubmissionOpensAt,
    DateTimeOffset SubmissionClosesAt,
    DateTimeOffset QuickReportDueAt,
    string TimeZone,
    bool IsOpen,
    string Status,
    IReadOnlyList<MovementView> Movements,
    IReadOnlyList<ContestDocumentView> Documents,
    IReadOnlyList<UnitGroupView> UnitGroups,
    bool ProofOfWork,
    EntryRulesView EntryRules,
    ContestExtensionView? Extension);

/// <summary>The last extension of the deadline (Thông báo gia hạn): the public notice, the deadline before and after, when it was decided.</summary>
public sealed record ContestExtensionView(string Notice, DateTimeOffset PreviousClosesAt, DateTimeOffset ClosesAt, DateTimeOffset At);

/// <summary>A contest in the public list; <c>Status</c> is "upcoming", "open", "closed" or "archived".</summary>
public sealed record ContestSummaryView(string Id, string Name, string Status, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>
/// What organizers edit of a contest; its version travels in the ETag header. <c>Status</c> is as the list says it
/// ("upcoming", "open", "closed", "archived"); <c>Archived</c> says who archived it and when.
/// </summary>
public sealed record ContestSettingsView(
    string Id,
    string Status,
    ContestArchivalView? Archived,
    string Name,
    string Organizer,
    string Description,
    string Authority,
    IReadOnlyList<string> Intro,
    string Area,
    string Contact,
    DateTimeOffset SubmissionOpensAt,
    DateTimeOffset SubmissionClosesAt,
    DateTimeOffset QuickReportDueAt,
    IReadOnlyList<MovementView> Movements,
    IReadOnlyList<ContestDocumentView> Documents,
    IReadOnlyList<UnitGroupView> UnitGroups,
    EntryRulesSettingsView EntryRules,
    IReadOnlyList<PrizeTierView> PrizeTiers,
    PapersSettingsView? Papers,
    RubricDefaultsView? Rubric,
    ReminderStepsView? Reminders,
    PersonalDataView? Privacy);

// A contest's own sections as organizers edit them (null only for a record not yet read through the directory, which
// fills them from the deployment's configuration).

/// <summary>Who signs the results papers, and where the jury met.</summary>
public sealed record PapersSettingsView(string Place, string Locality, string JuryChair, string JurySecretary, string SignerTitle, string SignerName);

/// <summary>The rubric a new round starts from, and how many judges score each entry.</summary>
public sealed record RubricDefaultsView(IReadOnlyList<CriterionView> Criteria, int JudgesPerEntry);

/// <summary>Days before each deadline ("14,7,3,1", as the request takes them) and the overdue interval in days.</summary>
public sealed record ReminderStepsView(string DaysBefore, int OverdueEveryDays);

/// <summary>The personal-data notice's version, the guardian age and the retention in months.</summary>
public sealed record PersonalDataView(string NoticeVersion, int GuardianAge, int RetentionMonths);

/// <summary>Who closed the contest's work (lưu trữ), and when.</summary>
public sealed record ContestArchivalView(string By, DateTimeOffset At);

/// <summary>The entry limits organizers set (the others are the validator's own, or the deployment's).</summary>
public sealed record EntryRulesSettingsView(
    IReadOnlyList<string> AllowedExtensions,
    long MaxFileBytes,
    int MaxWords,
    int MaxCoAuthors,
    int MinAuthorAge,
    int MaxAuthorAge);

/// <summary>Every limit EntryValidator enforces, so the form checks exactly what the server will.</summary>
public sealed record EntryRulesView(
    IReadOnlyList<string> AllowedExtensions,
    long MaxFileBytes,
    int MaxWords,
    int MaxCoAuthors,
    int MaxTitleLength,
    int MaxNameLength,
    int MaxOccupationLength,
    int MaxWorkplaceLength,
    int MaxAddressLength,
    int MaxSummaryLength,
    int MaxFileNameLength,
    int MaxEmailLength,
    int MaxKeptByLength,
    int MinBirthYear,
    int MaxBirthYear);

/// <summary>
/// A document the contest rests on; <c>Date</c> is yyyy-MM-dd, <c>Role</c> is "rules", "plan" or null (another
/// document), <c>Citation</c> the document as a sentence cites it ("" when the contest gives none).
/// </summary>
public sealed record ContestDocumentView(string Number, string Date, string Title, string? Url, string? Role, string Citation);

public sealed record MovementView(string Id, string Name);

public sealed record UnitGroupView(string Id, string Name);

/// <summary>Where the browser uploads one document file (a PUT with x-ms-blob-type: BlockBlob), until when, and how large it may be.</summary>
public sealed record ContestDocumentUploadView(string Blob, string UploadUrl, long MaxBytes, DateTimeOffset ExpiresAt);

/// <summary>The address the site serves an accepted document file at, for the document's Url.</summary>
public sealed record ContestDocumentFileView(string Url);
