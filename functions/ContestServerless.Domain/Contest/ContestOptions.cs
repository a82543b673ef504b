using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// The contest as the organizing committee (Ban Tổ chức) set it up. Versioned in contest.json and
/// overridable by app settings (Contest__SubmissionClosesAt and so on).
/// </summary>
public sealed class ContestOptions
{
    [Required] public string Name { get; set; } = "";
    public string Id { get; set; } = "";
    [Required] public string Organizer { get; set; } = "";
    [Required] public string Description { get; set; } = "";

    /// <summary>
    /// The authority whose plan the contest carries out (the home page's eyebrow) and the home page's introduction,
    /// paragraph by paragraph; empty, the page keeps its own 2018 text, as the default contest needs.
    /// </summary>
    public string Authority { get; set; } = "";

    public List<string> Intro { get; set; } = [];

    /// <summary>
    /// Where the contest is held, as a sentence names it after "trên địa bàn" ("tỉnh Sóc Trăng", "thành phố Cần
    /// Thơ"): the rules' summary says whose role models an entry may write about.
    /// </summary>
    public string Area { get; set; } = "";

    public DateTimeOffset SubmissionOpensAt { get; set; }
    public DateTimeOffset SubmissionClosesAt { get; set; }

    /// <summary>Due date of the units' quick report (báo cáo nhanh).</summary>
    public DateTimeOffset QuickReportDueAt { get; set; }

    /// <summary>Emulation movements (phong trào thi đua); every entry is filed under one.</summary>
    [MinLength(1)] public List<Movement> Movements { get; set; } = [];

    public List<ContestDocument> Documents { get; set; } = [];

    /// <summary>The groups of units in the letter's address list, in the letter's order.</summary>
    [MinLength(1)] public List<UnitGroup> UnitGroups { get; set; } = [];

    [Required] public EntryRules EntryRules { get; set; } = new();

    /// <summary>
    /// The register seeded into an empty store, relative to the app (each contest profile names its own), so the
    /// profile's groups and its units travel together.
    /// </summary>
    public string UnitsFile { get; set; } = "data/units.csv";

    /// <summary>Whom entrants and units call with questions; printed in e-mails.</summary>
    public string Contact { get; set; } = "";

    public Movement? FindMovement(string id) => Movements.Find(m => m.Id == id);

    /// <summary>What is wrong with the configuration beyond single fields, in words for the operator.</summary>
    public IReadOnlyList<string> Check()
    {
        var failures = new List<string>();
        if (SubmissionOpensAt >= SubmissionClosesAt)
            failures.Add("Contest:SubmissionOpensAt must be before Contest:SubmissionClosesAt.");
        if (QuickReportDueAt <= SubmissionOpensAt)
            failures.Add("Contest:QuickReportDueAt must be after Contest:SubmissionOpensAt.");
        foreach (var id in Movements.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            failures.Add($"Movement '{id}' is listed twice.");
        if (Movements.Any(m => string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Name)))
            failures.Add("Every movement needs an id and a name.");
        if (UnitGroups.Any(g => string.IsNullOrWhiteSpace(g.Id) || string.IsNullOrWhiteSpace(g.Name)))
            failures.Add("Every unit group needs an id and a name.");
        if (EntryRules.AllowedExtensions.Count == 0 || EntryRules.AllowedExtensions.Any(e => e is not (".docx" or ".doc" or ".pdf")))
            failures.Add("Contest:EntryRules:AllowedExtensions may hold only .docx, .doc and .pdf, the formats the server can verify.");
        if (EntryRules.MinAuthorAge >= EntryRules.MaxAuthorAge)
            failures.Add("Contest:EntryRules:MinAuthorAge must be below MaxAuthorAge.");
        if (EntryRules.UploadWindow <= TimeSpan.Zero || EntryRules.UploadWindow > TimeSpan.FromMinutes(15))
            failures.Add("Contest:EntryRules:UploadWindow must be more than zero and at most 15 minutes.");
        failures.AddRange(CheckDocuments());
        failures.AddRange(EntryRules.Docx.Check());
        return failures;
    }

    /// <summary>The rules' summary cites the rules and the plan by role, and quotes each citation as written.</summary>
    private IEnumerable<string> CheckDocuments()
    {
        if (Documents.Count(d => d.Role == ContestDocumentRole.Rules) != 1)
            yield return "Contest:Documents must hold exactly one document with Role \"Rules\", the rules the public summary follows.";
        if (Documents.Count(d => d.Role == ContestDocumentRole.Plan) > 1)
            yield return "Contest:Documents may hold at most one document with Role \"Plan\".";
        foreach (var document in Documents.Where(d => !string.IsNullOrEmpty(d.Citation)))
        {
            if (!document.Citation.Contains(document.Number, StringComparison.Ordinal) || !document.Citation.Contains(document.CitedDate, StringComparison.Ordinal))
                yield return $"Document '{document.Number}': its Citation must name its number and its date ({document.CitedDate}).";
        }
    }

    /// <summary>A unit screens its entries (sơ loại) until submissions close: after that the organizers take over.</summary>
    public bool ScreeningOpenAt(DateTimeOffset now) => now < SubmissionClosesAt;

    public SubmissionWindow SubmissionWindowAt(DateTimeOffset now) =>
        now < SubmissionOpensAt ? SubmissionWindow.NotYetOpen
        : now >= SubmissionClosesAt ? SubmissionWindow.Closed
        : SubmissionWindow.Open;
}

public sealed class Movement
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Name { get; set; } = "";
}

public sealed class UnitGroup
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Name { get; set; } = "";
}

public enum SubmissionWindow
{
    NotYetOpen,
    Open,
    Closed,
}
