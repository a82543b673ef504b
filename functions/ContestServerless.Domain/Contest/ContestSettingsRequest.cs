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
    EntryRulesRequest? EntryRules);

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
