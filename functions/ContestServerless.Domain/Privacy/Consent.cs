using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant's consent to processing their data: the version of the notice they read, and when they ticked the box,
/// or, for an entry a unit handed in, when the unit recorded the consent the author signed on paper (<see cref="OnPaper"/>).
/// </summary>
public sealed record Consent(string NoticeVersion, DateTimeOffset At)
{
    /// <summary>Set when the author consented on a signed paper form that a unit received and keeps; null for the web form's box.</summary>
    public PaperConsent? OnPaper { get; init; }
}

/// <summary>
/// Consent the author gave on the paper entry form: the unit that received the signed form, and who keeps it (a
/// person or an office of that unit), so an inspection can find the original.
/// </summary>
public sealed record PaperConsent(string ReceivedBy, string KeptBy);

/// <summary>The parent or guardian who consented for an author younger than the guardian age (Law 91/2025/QH15).</summary>
public sealed record Guardian(string FullName, string Relationship, string Phone, DateTimeOffset ConsentedAt);

/// <summary>The guardian's part of the entry form, as typed.</summary>
public sealed record GuardianRequest(string? FullName, string? Relationship, string? Phone, bool? Consent);

/// <summary>Who needs a guardian: an author younger than the guardian age in the contest year (the year submission opens).</summary>
public static class Minors
{
    public static int ContestYear(ContestOptions contest) => VietnamTime.YearOf(contest.SubmissionOpensAt);

    public static bool IsMinor(ContestOptions contest, PrivacyOptions privacy, int birthYear) =>
        birthYear > 0 && ContestYear(contest) - birthYear < privacy.GuardianAge;
}
