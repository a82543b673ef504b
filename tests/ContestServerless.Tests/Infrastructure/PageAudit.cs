using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// What every page must satisfy once it has loaded its data: no WCAG 2.1 A/AA violation that axe-core finds,
/// no sideways scrolling on a phone, and no "null", "undefined" or "NaN" shown as text.
/// </summary>
public static class PageAudit
{
    public const int PhoneWidth = 360;
    public const int DesktopWidth = 1366;

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>The axe-core violations on the page as it is now (WCAG 2.0 and 2.1, levels A and AA).</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page) => (await page.RunAxe(WcagAa)).Violations;

    /// <summary>What is wrong with the page as it is now, at its current width; empty when it is sound.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, bool checkWidth)
    {
        var problems = new List<string>();
        if (await MissingValueTextAsync(page) is { Length: > 0 } missing) problems.Add($"shows a missing value: {missing}");
        if (checkWidth && await SidewaysScrollAsync(page) is { Length: > 0 } wide) problems.Add(wide);
        var violations = await ViolationsAsync(page);
        if (violations.Count > 0) problems.Add(Describe(violations));
        return problems;
    }

    /// <summary>Why the document scrolls sideways, or "" when nothing is wider than the window.</summary>
    public static async Task<string> SidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] <= widths[1]) return "";
        // The widest offenders outside any scrolling box, to say what to fix.
        var wide = await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .filter((e) => !e.parentElement.closest('.table-wrap, .scroll-box'))
              .slice(0, 6).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().replace(/ +/g, '.') : ''))
              .join(', ')
            """);
        return $"scrolls sideways: scrollWidth {widths[0]} > clientWidth {widths[1]} ({wide})";
    }

    /// <summary>Text or field values that show "null", "undefined" or "NaN", or "" when there are none.</summary>
    public static async Task<string> MissingValueTextAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>(
            """
            () => {
              // No word boundary: "Chưa sơ loạinull" must be caught too, and Vietnamese text never holds these.
              const bad = /null|undefined|NaN/;
              const texts = [document.title, document.body.innerText,
                ...[...document.querySelectorAll('input:not([type=file]), textarea')].map((c) => c.value)];
              return texts.filter((t) => bad.test(t)).map((t) => t.match(new RegExp('.{0,40}' + bad.source + '.{0,40}'))[0]);
            }
            """);
        return string.Join(" | ", found);
    }

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder("axe-core finds WCAG 2.1 A/AA violations:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
                text.Append($"\n    {string.Join(" ", node.Target)}: {node.Html}");
        }
        return text.ToString();
    }
}
