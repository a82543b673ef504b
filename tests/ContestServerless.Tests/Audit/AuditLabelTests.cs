using System.Reflection;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Audit;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Audit;

/// <summary>
/// The audit trail page shows every action in words: each action the Domain can write (the constants of
/// <see cref="AuditAction"/>, which every call to IAuditLog uses) has a label in web/js/admin/audit-labels.js. And
/// every page shows states in words: each state code of the one vocabulary (web/js/labels.js) is one the page audit
/// refuses to see raw (<see cref="PageAudit.StateCodes"/>), so a code added there cannot slip onto a page unnoticed.
/// </summary>
public sealed partial class AuditLabelTests
{
    private static readonly string Repository = LocalHostApp.FindRepositoryRoot();

    private static IReadOnlyList<string> DomainActions() =>
        [.. typeof(AuditAction).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    private static IReadOnlyDictionary<string, string> PageLabels()
    {
        var script = File.ReadAllText(Path.Combine(Repository, "web", "js", "admin", "audit-labels.js"));
        var table = ActionsTable().Match(script);
        Assert.True(table.Success, "audit-labels.js exports no ACTIONS table");
        return LabelLine().Matches(table.Groups["body"].Value).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["label"].Value);
    }

    [Fact]
    public void Every_action_the_domain_can_write_has_a_vietnamese_label_on_the_audit_page()
    {
        var labels = PageLabels();

        var missing = DomainActions().Where(action => !labels.ContainsKey(action)).ToList();

        Assert.True(missing.Count == 0, $"audit-labels.js has no label for: {string.Join(", ", missing)}");
        Assert.All(labels.Values, label => Assert.DoesNotMatch("^[a-z-]+$", label));
    }

    [Fact]
    public void Every_state_code_of_the_one_vocabulary_has_vietnamese_words_and_is_refused_raw_by_the_page_audit()
    {
        var script = File.ReadAllText(Path.Combine(Repository, "web", "js", "labels.js"));
        var tables = VocabularyTable().Matches(script).ToDictionary(
            m => m.Groups["table"].Value,
            m => VocabularyLine().Matches(m.Groups["body"].Value).ToDictionary(l => l.Groups["code"].Value, l => l.Groups["label"].Value));

        // Every status an entry can have, as the API sends it.
        var statuses = Enum.GetNames<Domain.Entries.EntryStatus>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName);
        Assert.True(tables.TryGetValue("ENTRY_STATUS", out var entryStatus), "labels.js exports no ENTRY_STATUS table");
        Assert.Empty(statuses.Except(entryStatus.Keys));
        var codes = tables.Values.SelectMany(table => table).ToList();
        Assert.True(codes.Count >= 15, $"labels.js holds only {codes.Count} state codes");
        var unaudited = codes.Select(c => c.Key).Distinct().Except(PageAudit.StateCodes).ToList();
        Assert.True(unaudited.Count == 0, $"PageAudit.StateCodes misses, so a page could show raw: {string.Join(", ", unaudited)}");
        // Words a person reads: Vietnamese, not another code.
        Assert.All(codes, c => Assert.Matches(@"^\p{Lu}.*[^\x00-\x7F]", c.Value));
    }

    [Fact]
    public void Every_call_to_the_audit_log_names_its_action_through_audit_action()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository, "functions"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        // The results' guarded save records on the caller's behalf: its callers name the action instead.
        var calls = sources.SelectMany(path => RecordCall().Matches(File.ReadAllText(path)).Concat(ResultsSaveCall().Matches(File.ReadAllText(path)))
                .Select(m => (Path.GetFileName(path), m.Groups["action"].Value.Trim())))
            .Where(call => call != ("IResultsStore.cs", "action"))
            .ToList();

        Assert.NotEmpty(calls);
        // A literal string would be an action the labels test cannot see.
        Assert.All(calls, call =>
        {
            Assert.Contains("AuditAction.", call.Item2, StringComparison.Ordinal);
            Assert.DoesNotContain("\"", call.Item2, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"export const ACTIONS = \{(?<body>[^}]*)\}")]
    private static partial Regex ActionsTable();

    [GeneratedRegex(@"'(?<code>[a-z-]+)':\s*'(?<label>[^']+)'")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"export const (?<table>[A-Z_]+) = \{(?<body>[^}]*)\}")]
    private static partial Regex VocabularyTable();

    [GeneratedRegex(@"(?<code>[a-zA-Z]+):\s*'(?<label>[^']+)'")]
    private static partial Regex VocabularyLine();

    [GeneratedRegex(@"\.RecordAsync\(\s*\w+,\s*(?<action>[^,]+),")]
    private static partial Regex RecordCall();

    [GeneratedRegex(@"store\.SaveAsync\([^;]*?,\s*audit,\s*by,\s*(?<action>[^,]+),")]
    private static partial Regex ResultsSaveCall();
}
