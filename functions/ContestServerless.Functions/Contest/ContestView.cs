namespace ContestServerless.Functions.Contest;

/// <summary>What the home page and the entry form need to know about the contest.</summary>
public sealed record ContestView(
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
    EntryRulesView EntryRules);
