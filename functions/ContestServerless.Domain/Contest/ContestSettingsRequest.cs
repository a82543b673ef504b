using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Results;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// The contest's settings as organizers edit them, the whole set at once: dates are strings read as Vietnam time (a
/// document's date as a day), lists replace the stored ones. What only an engineer sets (the units file, the upload
/// window, the .docx inspection limits) is not here and stays as stored.
/// </summary>
public sealed record ContestSettingsRequest(
    string? Name,
    string? Organizer,
    string? Description,
    string? Authority,
    IReadOnlyList<string?>? Intro,
    string? Area,
    string? Contact,
    string? SubmissionOpensAt,
    string? SubmissionClosesAt,
    string? QuickReportDueAt,
    IReadOnlyList<NamedItemRequest?>? Movements,
    IReadOnlyList<ContestDocumentRequest?>? Documents,
    IReadOnlyList<NamedItemRequest?>? UnitGroups,
    EntryRulesRequest? EntryRules,
    IReadOnlyList<PrizeTierRequest?>? PrizeTiers = null,
    PapersRequest? Papers = null,
    RubricDefaultsRequest? Rubric = null,
    ReminderStepsRequest? Reminders = null,
    PersonalDataRequest? Privacy = null);

// The sections below, left out of a request (null), keep what is stored: a client that predates them loses nothing.

/// <summary>Who signs the results papers, and where the jury met; every field may be empty.</summary>
public sealed record PapersRequest(string? Place, string? Locality, string? JuryChair, string? JurySecretary, string? SignerTitle, string? SignerName);

/// <summary>The rubric a new round starts from, and how many judges score each entry.</summary>
public sealed record RubricDefaultsRequest(IReadOnlyList<CriterionRequest?>? Criteria, int? JudgesPerEntry);

/// <summary>Days before each deadline as organizers type them ("14,7,3,1", largest first), and the overdue interval in days.</summary>
public sealed record ReminderStepsRequest(string? DaysBefore, int? OverdueEveryDays);

/// <summary>The personal-data notice's version, the age below which a guardian consents, and the retention in months.</summary>
public sealed record PersonalDataRequest(string? NoticeVersion, int? GuardianAge, int? RetentionMonths);

/// <summary>A movement or a group of units: its short id and its name.</summary>
public sealed record NamedItemRequest(string? Id, string? Name);

/// <summary>A document the contest rests on; <c>Role</c> is "rules", "plan" or empty.</summary>
public sealed record ContestDocumentRequest(string? Number, string? Date, string? Title, string? Url, string? Role, string? Citation);

public sealed record EntryRulesRequest(
    IReadOnlyList<string?>? AllowedExtensions,
    long? MaxFileBytes,
    int? MaxWords,
    int? MaxCoAuthors,
    int? MinAuthorAge,
    int? MaxAuthorAge);

/// <summary>A later submission deadline, why, and the notice the public reads (Thông báo gia hạn).</summary>
public sealed record ContestExtensionRequest(string? ClosesAt, string? Reason, string? Notice);

/// <summary>
/// A new contest: its short id (chosen once, printed in its addresses) and name; blank, or a copy of the contest
/// <c>CopyFrom</c> names, with that contest's register too when <c>CopyRegister</c> is true.
/// </summary>
public sealed record ContestCreationRequest(string? Id, string? Name, string? CopyFrom, bool? CopyRegister);
