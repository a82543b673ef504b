using System.Reflection;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Audit;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Audit;

/// <summary>
/// The audit trail page shows every action in words: each action the Domain can write (the constants of
/// <see cref="AuditAction"/>, which every call to IAuditLog uses) has a label in web/js/admin/audit-labels.js.
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

    [GeneratedRegex(@"\.RecordAsync\(\s*\w+,\s*(?<action>[^,]+),")]
    private static partial Regex RecordCall();

    [GeneratedRegex(@"store\.SaveAsync\([^;]*?,\s*audit,\s*by,\s*(?<action>[^,]+),")]
    private static partial Regex ResultsSaveCall();
}
