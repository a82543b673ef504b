using System.ComponentModel.DataAnnotations;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Privacy;

/// <summary>Personal data settings (contest.json "Privacy", app settings Privacy__…).</summary>
public sealed class PrivacyOptions
{
    /// <summary>
    /// The version of the notice text (web/du-lieu-ca-nhan.html) stored with each consent. A new text gets a new
    /// version here, so every entry records which text its entrant agreed to.
    /// </summary>
    [Required, MinLength(1)] public string NoticeVersion { get; set; } = "2026-01";

    /// <summary>Authors younger than this in the contest year need a parent's or guardian's consent.</summary>
    [Range(1, 30)] public int GuardianAge { get; set; } = 16;

    /// <summary>How long after the results are published entries that won nothing are de-identified.</summary>
    [Range(1, 120)] public int RetentionMonths { get; set; } = 12;

    /// <summary>
    /// When the results were published, until the results feature records it (<see cref="IResultsCalendar"/>);
    /// null while they are not.
    /// </summary>
    public DateTimeOffset? ResultsPublishedAt { get; set; }

    /// <summary>Entries that won a prize, whose published names are kept (until the results feature provides them).</summary>
    public List<string> WinningEntryIds { get; set; } = [];

    /// <summary>Where the data is stored, as the notice states it.</summary>
    [Required] public string Region { get; set; } = "Azure, vùng Southeast Asia (Singapore)";

    /// <summary>The settings <paramref name="contest"/> treats personal data with: its own rules, the deployment's for the rest.</summary>
    public PrivacyOptions For(ContestOptions contest) => contest.Privacy is not { } own ? this : new()
    {
        NoticeVersion = own.NoticeVersion,
        GuardianAge = own.GuardianAge,
        RetentionMonths = own.RetentionMonths,
        ResultsPublishedAt = ResultsPublishedAt,
        WinningEntryIds = WinningEntryIds,
        Region = Region,
    };

    /// <summary>Daily at 02:30 UTC (09:30 in Viet Nam), when nobody is entering.</summary>
    public const string RetentionSchedule = "0 30 2 * * *";
}
