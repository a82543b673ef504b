using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// The contest as the organizing committee (Ban Tổ chức) set it up. The deployment's first contest starts in
/// contest.json, overridable by app settings (Contest__SubmissionClosesAt and so on), and is stored at start as a
/// <see cref="ContestRecord"/>; from then on the stored record, edited by organizers, is what requests read.
/// </summary>
public sealed class ContestOptions
{
    /// <summary>
    /// What a contest's short id may be: it appears in addresses printed in official letters. Ends in \z, not $, which
    /// would let a trailing newline through.
    /// </summary>
    public const string IdPattern = @"^[a-z0-9][a-z0-9-]{2,39}\z";

    /// <summary>
    /// The contest's short id, chosen once ("soc-trang-2018", "can-tho-2026"): its stored record's key and the segment of
    /// its public addresses, so it never changes.
    /// </summary>
    [Required] public string Id { get; set; } = "";

    [Required] public string Name { get; set; } = "";
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
    /// The register seeded into an empty store, relative to the app (each contest file names its own), so the
    /// contest's groups and its units travel together.
    /// </summary>
    public string UnitsFile { get; set; } = "data/units.csv";

    /// <summary>Whom entrants and units call with questions; printed in e-mails.</summary>
    public string Contact { get; set; } = "";

    // What each contest sets for itself that was once the deployment's. Null in a record stored before they moved
    // here (and in contest.json's Contest section, which does not name them): such a contest takes the deployment's
    // configured Results, Judging, Reminder and Privacy sections (TakeMissingSections), so an upgrade changes nothing.

    /// <summary>The prize tiers the committee starts from (organizers may still change them until the results are approved).</summary>
    public List<PrizeTier>? PrizeTiers { get; set; }

    /// <summary>Who signs the results papers, and where the jury met.</summary>
    public PapersOptions? Papers { get; set; }

    /// <summary>The rubric and judges per entry a new round starts from.</summary>
    public RubricDefaults? Rubric { get; set; }

    /// <summary>The reminder steps: days before each deadline, and how often once it has passed.</summary>
    public ReminderSteps? Reminders { get; set; }

    /// <summary>The personal-data rules: notice version, guardian age, retention.</summary>
    public PersonalDataRules? Privacy { get; set; }

    /// <summary>Fills each section this contest does not hold with a copy of <paramref name="from"/>'s (the configured contest's).</summary>
    public void TakeMissingSections(ContestOptions from)
    {
        if (PrizeTiers is not null && Papers is not null && Rubric is not null && Reminders is not null && Privacy is not null) return;
        var copy = from.Copy();
        PrizeTiers ??= copy.PrizeTiers;
        Papers ??= copy.Papers;
        Rubric ??= copy.Rubric;
        Reminders ??= copy.Reminders;
        Privacy ??= copy.Privacy;
    }

    /// <summary>Fills each section this contest does not hold from the deployment's configured options.</summary>
    public void TakeDeploymentSections(ResultsOptions results, JudgingOptions judging, ReminderOptions reminders, PrivacyOptions privacy)
    {
        var copy = new ContestOptions
        {
            PrizeTiers = [.. results.Tiers],
            Papers = results.Papers,
            Rubric = RubricDefaults.From(judging),
            Reminders = ReminderSteps.From(reminders),
            Privacy = PersonalDataRules.From(privacy),
        };
        TakeMissingSections(copy);
    }

    public Movement? FindMovement(string id) => Movements.Find(m => m.Id == id);

    /// <summary>What is wrong with the configuration beyond single fields, in words for the operator.</summary>
    public IReadOnlyList<string> Check() => [.. Failures().Select(f => f.Operator)];

    /// <summary>
    /// What is wrong beyond single fields, each rule written once for both who meet it: the operator starting the app
    /// (English, naming the setting) and the organizers editing the contest (Vietnamese, keyed by the field they edit).
    /// </summary>
    public IEnumerable<ContestFailure> Failures()
    {
        if (!ContestIds.IsWellFormed(Id))
            yield return new("id", $"Contest:Id must be 3 to 40 lower-case letters, digits and hyphens, starting with a letter or digit; it is '{Id}'.",
                ContestIds.Rule);
        if (SubmissionOpensAt >= SubmissionClosesAt)
            yield return new("submissionClosesAt", "Contest:SubmissionOpensAt must be before Contest:SubmissionClosesAt.",
                "Thời hạn nhận bài phải sau thời gian bắt đầu nhận bài.");
        if (QuickReportDueAt <= SubmissionOpensAt)
            yield return new("quickReportDueAt", "Contest:QuickReportDueAt must be after Contest:SubmissionOpensAt.",
                "Hạn báo cáo nhanh phải sau thời gian bắt đầu nhận bài.");
        foreach (var id in Movements.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return new("movements", $"Movement '{id}' is listed twice.", $"Mã phong trào “{id}” bị trùng.");
        if (Movements.Any(m => string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Name)))
            yield return new("movements", "Every movement needs an id and a name.", "Mỗi phong trào cần có mã và tên.");
        foreach (var id in UnitGroups.GroupBy(g => g.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return new("unitGroups", $"Unit group '{id}' is listed twice.", $"Mã khối đơn vị “{id}” bị trùng.");
        if (UnitGroups.Any(g => string.IsNullOrWhiteSpace(g.Id) || string.IsNullOrWhiteSpace(g.Name)))
            yield return new("unitGroups", "Every unit group needs an id and a name.", "Mỗi khối đơn vị cần có mã và tên.");
        if (EntryRules.AllowedExtensions.Count == 0 || EntryRules.AllowedExtensions.Any(e => e is not (".docx" or ".doc" or ".pdf")))
            yield return new("entryRules.allowedExtensions",
                "Contest:EntryRules:AllowedExtensions may hold only .docx, .doc and .pdf, the formats the server can verify.",
                "Định dạng tệp chỉ gồm .docx, .doc và .pdf (những định dạng hệ thống kiểm tra được), ít nhất một định dạng.");
        if (EntryRules.MinAuthorAge >= EntryRules.MaxAuthorAge)
            yield return new("entryRules.minAuthorAge", "Contest:EntryRules:MinAuthorAge must be below MaxAuthorAge.",
                "Tuổi tối thiểu của tác giả phải nhỏ hơn tuổi tối đa.");
        if (EntryRules.UploadWindow <= TimeSpan.Zero || EntryRules.UploadWindow > TimeSpan.FromMinutes(15))
            yield return new("entryRules.uploadWindow", "Contest:EntryRules:UploadWindow must be more than zero and at most 15 minutes.",
                "Thời gian tải tệp lên phải lớn hơn 0 và không quá 15 phút.");
        foreach (var failure in CheckDocuments()) yield return failure;
        foreach (var failure in EntryRules.Docx.Check())
            yield return new("entryRules.docx", failure, "Giới hạn kiểm tra tệp .docx không hợp lệ; vui lòng liên hệ bộ phận kỹ thuật.");
    }

    /// <summary>The rules' summary cites the rules and the plan by role, and quotes each citation as written.</summary>
    private IEnumerable<ContestFailure> CheckDocuments()
    {
        if (Documents.Count(d => d.Role == ContestDocumentRole.Rules) != 1)
            yield return new("documents", "Contest:Documents must hold exactly one document with Role \"Rules\", the rules the public summary follows.",
                "Danh sách văn bản phải có đúng một văn bản là Thể lệ.");
        if (Documents.Count(d => d.Role == ContestDocumentRole.Plan) > 1)
            yield return new("documents", "Contest:Documents may hold at most one document with Role \"Plan\".",
                "Danh sách văn bản có nhiều nhất một văn bản là Kế hoạch.");
        foreach (var (document, index) in Documents.Select((d, i) => (d, i)).Where(p => !string.IsNullOrEmpty(p.d.Citation)))
        {
            if (!document.Citation.Contains(document.Number, StringComparison.Ordinal) || !document.Citation.Contains(document.CitedDate, StringComparison.Ordinal))
                yield return new($"documents[{index}].citation",
                    $"Document '{document.Number}': its Citation must name its number and its date ({document.CitedDate}).",
                    $"Trích dẫn văn bản phải ghi số hiệu ({document.Number}) và ngày ban hành ({document.CitedDate}).");
        }
    }

    /// <summary>A deep copy, to change into new settings while the current ones go on serving requests.</summary>
    public ContestOptions Copy() =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(this, ContestJson.Default.ContestOptions), ContestJson.Default.ContestOptions)!;

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

/// <summary>A rule the contest's settings break, for the operator (<paramref name="Operator"/>) and for organizers (<paramref name="Organizer"/>, under <paramref name="Field"/>).</summary>
public sealed record ContestFailure(string Field, string Operator, string Organizer);

public enum SubmissionWindow
{
    NotYetOpen,
    Open,
    Closed,
}
