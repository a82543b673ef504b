using System.Text.RegularExpressions;

namespace ContestServerless.Tests.Readme;

/// <summary>A fenced block of a Markdown file: the lines of its fences (1-based), its info string, its text and its section.</summary>
public sealed record ReadmeBlock(int Line, int EndLine, string Info, string Code, string Section)
{
    /// <summary>A shell example the suite runs against a stack: info string <c>sh run</c> (GitHub still colours it as sh).</summary>
    public bool IsRunnable => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [("sh" or "bash"), .. var rest] && rest.Contains("run");

    /// <summary>Whether the block talks to the app, so a reader will run it and it must be runnable.</summary>
    public bool CallsTheApp => Code.Contains("curl ", StringComparison.Ordinal) || Code.Contains("wget ", StringComparison.Ordinal)
        || Code.Contains("localhost:7071", StringComparison.Ordinal);
}

/// <summary>
/// Reads the README's fenced blocks and pairs each runnable one with the <c>text</c> block after it, which shows what it
/// prints; "…" there stands for what differs from run to run (ids, codes, times).
/// </summary>
public static partial class ReadmeBlocks
{
    /// <summary>Lines that may stand between an example and its output: a short lead-in such as "It prints:".</summary>
    private const int MaxLinesBetween = 2;

    public static IReadOnlyList<ReadmeBlock> Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<ReadmeBlock>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                if (Heading().Match(lines[i]) is { Success: true } heading) section = heading.Groups["title"].Value.Trim();
                continue;
            }
            var indent = open.Groups["indent"].Length;
            var fence = open.Groups["fence"].Value;
            var code = new List<string>();
            var start = i;
            for (i++; i < lines.Length; i++)
            {
                var close = Fence().Match(lines[i]);
                if (close.Success && close.Groups["info"].Value.Trim().Length == 0
                    && close.Groups["fence"].Value[0] == fence[0] && close.Groups["fence"].Length >= fence.Length) break;
                code.Add(Unindent(lines[i], indent));
            }
            blocks.Add(new ReadmeBlock(start + 1, i + 1, open.Groups["info"].Value.Trim(), string.Join('\n', code), section));
        }
        return blocks;
    }

    /// <summary>The <c>text</c> block that shows what a runnable block prints, or null when none follows it closely.</summary>
    public static ReadmeBlock? OutputOf(string markdown, ReadmeBlock example)
    {
        var blocks = Parse(markdown);
        var index = blocks.ToList().IndexOf(example);
        if (index < 0 || index + 1 >= blocks.Count || blocks[index + 1].Info != "text") return null;
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var between = lines[example.EndLine..(blocks[index + 1].Line - 1)];
        return between.Count(l => l.Trim().Length > 0) <= MaxLinesBetween && !between.Any(l => Heading().IsMatch(l))
            ? blocks[index + 1]
            : null;
    }

    /// <summary>Why the printed text differs from the documented one, line by line ("…" matching anything), or null when it matches.</summary>
    public static string? Mismatch(string documented, string printed)
    {
        static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n', ' ').Split('\n').Select(l => l.TrimEnd()).ToArray();
        var expected = Lines(documented);
        var actual = Lines(printed);
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var want = i < expected.Length ? expected[i] : null;
            var got = i < actual.Length ? actual[i] : null;
            if (want is null || got is null || !Pattern(want).IsMatch(got))
                return $"line {i + 1}: the README shows {want ?? "nothing"}\nbut the example printed {got ?? "nothing"}";
        }
        return null;
    }

    private static Regex Pattern(string documented) =>
        new("^" + string.Join(".*", documented.Split('…').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);

    private static string Unindent(string line, int indent)
    {
        var spaces = line.TakeWhile(c => c == ' ').Count();
        return line[Math.Min(spaces, indent)..];
    }

    [GeneratedRegex(@"^(?<indent> *)(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+)$")]
    private static partial Regex Heading();
}
