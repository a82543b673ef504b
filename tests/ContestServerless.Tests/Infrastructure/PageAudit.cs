using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// What every page must satisfy once it has loaded its data: no WCAG 2.1 A/AA violation that axe-core finds,
/// no sideways scrolling on a phone, no "null", "undefined" or "NaN" shown as text, and no state code or unit id
/// shown where a person reads words.
/// </summary>
public static class PageAudit
{
    public const int PhoneWidth = 360;
    public const int DesktopWidth = 1366;

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static int _shots;

    /// <summary>
    /// With PAGE_SHOTS naming a folder, keeps a full-page screenshot of every page audited, so a person can look at
    /// what the browser tests saw (script/test leaves it unset: the suite keeps nothing).
    /// </summary>
    private static async Task KeepShotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("PAGE_SHOTS") is not { Length: > 0 } folder) return;
        var width = page.ViewportSize?.Width ?? 0;
        var name = new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '_') is { Length: > 0 } path ? path : "home";
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{Interlocked.Increment(ref _shots):D4}-{name}-{width}.png"), FullPage = true });
    }

    /// <summary>The axe-core violations on the page as it is now (WCAG 2.0 and 2.1, levels A and AA).</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page) => (await page.RunAxe(WcagAa)).Violations;

    /// <summary>What is wrong with the page as it is now, at its current width; empty when it is sound.</summary>
    /// <param name="unitIds">Unit ids that must not be shown as they are (a person reads a unit's name).</param>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, bool checkWidth, IEnumerable<string>? unitIds = null)
    {
        await KeepShotAsync(page);
        var problems = new List<string>();
        if (await MissingValueTextAsync(page) is { Length: > 0 } missing) problems.Add($"shows a missing value: {missing}");
        if (await RawCodeTextAsync(page, unitIds ?? []) is { Length: > 0 } raw) problems.Add($"shows a code instead of words: {raw}");
        if (checkWidth && await SidewaysScrollAsync(page) is { Length: > 0 } wide) problems.Add(wide);
        var violations = await ViolationsAsync(page);
        if (violations.Count > 0) problems.Add(Describe(violations));
        return problems;
    }

    /// <summary>
    /// Fails unless the page as it is now is sound at phone width (no sideways scroll) and at desktop width, naming the
    /// width of each problem; leaves the page at <paramref name="leaveAt"/> (a phone by default, where a page's next
    /// steps are the harder case).
    /// </summary>
    public static async Task AssertSoundAtBothWidthsAsync(IPage page, int leaveAt = PhoneWidth)
    {
        var problems = new List<string>();
        foreach (var width in new[] { PhoneWidth, DesktopWidth })
        {
            await page.SetViewportSizeAsync(width, 800);
            problems.AddRange((await ProblemsAsync(page, checkWidth: width == PhoneWidth)).Select(p => $"at {width} px {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        if (leaveAt != DesktopWidth) await page.SetViewportSizeAsync(leaveAt, 800);
    }

    /// <summary>
    /// The codes the API sends for a state (an entry's status, a screening, an eligibility decision, a judge's score,
    /// a round, a request, what a version of an entry changed): a page shows them through web/js/labels.js, never as
    /// they are. AuditLabelTests fails when labels.js holds a code this list misses.
    /// </summary>
    public static readonly IReadOnlyList<string> StateCodes =
    [
        "pending", "received", "withdrawn", "forwarded", "heldBack", "flagged", "kept", "excluded", "needsSecretariat",
        "assigned", "draft", "submitted", "recused", "upcoming", "open", "closed", "erasure", "correction", "granted", "refused",
        "file", "archived",
    ];

    /// <summary>
    /// State codes and unit ids shown as visible text (outside code samples), or "" when there are none: a person
    /// reads statuses in Vietnamese and units by name.
    /// </summary>
    public static async Task<string> RawCodeTextAsync(IPage page, IEnumerable<string> unitIds)
    {
        var found = await page.EvaluateAsync<string[]>(
            """
            ([codes, units]) => {
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const texts = [];
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (!parent || parent.closest('code, pre, script, style, template') || !parent.checkVisibility()) continue;
                texts.push(node.textContent);
              }
              const text = texts.join('\n');
              const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              // Whole words only: "open" inside "opener" or an id inside a longer one is not a leak.
              const pattern = (words) => new RegExp(`(?<![\\w@./-])(${words.map(escape).join('|')})(?![\\w@-]|\\.\\w)`, 'g');
              const hits = [];
              for (const words of [codes, units]) {
                if (!words.length) continue;
                for (const match of text.matchAll(pattern(words))) {
                  hits.push(text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' '));
                }
              }
              return hits.slice(0, 8);
            }
            """, new object[] { StateCodes.ToArray(), unitIds.ToArray() });
        return string.Join(" | ", found);
    }

    /// <summary>
    /// Fills every visible field of the page as a person would: types into each text field (a date as digits), ticks
    /// each box, picks a choice in each list, and leaves the field; fields that appear meanwhile are filled too.
    /// </summary>
    public static async Task FillEveryFieldAsync(IPage page)
    {
        for (var count = 0; count < 150; count++)
        {
            // The page picks its next unfilled field itself: a field found by Playwright could be drawn again meanwhile.
            var about = await page.EvaluateAsync<string[]?>(
                """
                (count) => {
                  const field = [...document.querySelectorAll('input, textarea, select')].find((e) => !e.hasAttribute('data-audit-filled')
                    && !e.disabled && !e.readOnly && e.checkVisibility({ visibilityProperty: true })
                    && !['file', 'hidden', 'submit', 'button', 'reset', 'image'].includes(e.type));
                  if (!field) return null;
                  field.setAttribute('data-audit-filled', String(count));
                  return [field.tagName.toLowerCase(), field.type, field.id + ' ' + Object.keys(field.dataset).join(' ')];
                }
                """, count);
            if (about is null) return;
            var (tag, type, hint) = (about[0], about[1], about[2]);
            var field = page.Locator($"[data-audit-filled='{count}']");
            try
            {
                if (tag == "select")
                {
                    var options = await field.Locator("option").CountAsync();
                    if (options > 1) await field.SelectOptionAsync(new SelectOptionValue { Index = options - 1 }, new() { Timeout = 5_000 });
                }
                else if (type is "checkbox" or "radio")
                {
                    await field.ClickAsync(new() { Force = true, Timeout = 5_000 });
                }
                else
                {
                    await field.FillAsync(SampleFor(type, hint), new() { Timeout = 5_000 });
                    await field.BlurAsync(new() { Timeout = 5_000 });
                }
            }
            catch (TimeoutException)
            {
                // The field went away while being filled (its part was drawn again): the next pass fills what replaced it.
            }
        }
    }

    private static string SampleFor(string type, string hint) => type switch
    {
        "email" => "thu.nghiem@example.org",
        "tel" => "0912 345 678",
        "number" => "2",
        "date" => "2027-01-15",
        _ when hint.Contains("datetime", StringComparison.OrdinalIgnoreCase) => "150120270800",
        _ when hint.Contains("date", StringComparison.OrdinalIgnoreCase) || hint.Contains("NamedOn", StringComparison.Ordinal) => "15012027",
        _ when hint.Contains("birthYear", StringComparison.Ordinal) => "2015",
        _ => "Nguyễn Văn An 15",
    };

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

    /// <summary>
    /// Text or field values that show "null", "undefined" or "NaN", or "" when there are none. A word inside an opaque
    /// code (a run of at least 10 letters, digits, '_', '~' or '-' that holds a capital or a digit besides the word, as
    /// in a link's signature "…NaNupFNzIU…") is the code's own letters, drawn at random, not a missing value.
    /// </summary>
    public static async Task<string> MissingValueTextAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>(
            """
            () => {
              // No word boundary: "Chưa sơ loạinull" must be caught too, and Vietnamese text never holds these.
              const bad = /null|undefined|NaN/g;
              const inCode = (text, start, end) => {
                let from = start;
                let to = end;
                while (from > 0 && /[A-Za-z0-9_~-]/.test(text[from - 1])) from--;
                while (to < text.length && /[A-Za-z0-9_~-]/.test(text[to])) to++;
                return to - from >= 10 && /[A-Z0-9]/.test(text.slice(from, start) + text.slice(end, to));
              };
              const texts = [document.title, document.body.innerText,
                ...[...document.querySelectorAll('input:not([type=file]), textarea')].map((c) => c.value)];
              return texts.flatMap((text) => [...text.matchAll(bad)]
                .filter((m) => !inCode(text, m.index, m.index + m[0].length))
                .map((m) => text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).split('\n')
                  .find((line) => line.includes(m[0]))));
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
