using System.Net;
using System.Text;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Templates;

/// <summary>
/// A subject and a body in plain text with <c>{{field}}</c> placeholders. The body's paragraphs are separated by a
/// blank line; the HTML part is made from them with every value (and every word of the template) HTML-escaped, so a
/// unit called "&lt;b&gt;A&lt;/b&gt;" shows as text. A line made only of fields that came out empty (no contact yet)
/// is left out rather than sent blank.
/// </summary>
public sealed record MailTemplate(string Subject, string Body)
{
    public const int SubjectLimit = 250;
    public const int BodyLimit = 20_000;

    /// <summary>
    /// The template's problems, keyed "subject" and "body": empty, too long, a <c>{{</c> never closed, a field the kind
    /// does not offer (with the nearest one it does), or a field typed by the public in the subject.
    /// </summary>
    public static Dictionary<string, string[]> Check(string? subject, string? body, IReadOnlyList<Placeholder> offered)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, IEnumerable<string> messages) { if (messages.ToArray() is { Length: > 0 } list) errors[field] = list; }

        var cleanSubject = Text.Clean(subject);
        if (cleanSubject.Length == 0) Add("subject", ["Vui lòng nhập tiêu đề thư."]);
        else if (cleanSubject.Length > SubjectLimit) Add("subject", [$"Tiêu đề thư dài tối đa {SubjectLimit} ký tự."]);
        else if (cleanSubject.Contains('\n') || Text.HasControlCharacters(cleanSubject)) Add("subject", ["Tiêu đề thư chỉ gồm một dòng, không có ký tự điều khiển."]);
        else Add("subject", FieldProblems(cleanSubject, offered, inSubject: true));

        var cleanBody = Clean(body);
        if (cleanBody.Trim().Length == 0) Add("body", ["Vui lòng nhập nội dung thư."]);
        else if (cleanBody.Length > BodyLimit) Add("body", [$"Nội dung thư dài tối đa {BodyLimit:N0} ký tự.".Replace(',', '.')]);
        else if (Text.HasControlCharacters(cleanBody, allowLineBreaks: true)) Add("body", ["Nội dung thư có ký tự điều khiển không hợp lệ."]);
        else Add("body", FieldProblems(cleanBody, offered, inSubject: false));
        return errors;
    }

    /// <summary>The template as it is stored: trimmed, NFC, line breaks as "\n".</summary>
    public static MailTemplate Cleaned(string? subject, string? body) => new(Text.Clean(subject), Clean(body).Trim('\n'));

    private static string Clean(string? body) => Text.Clean(body).Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Renders with <paramref name="values"/>; a field without a value renders empty (a checked template names none).</summary>
    public RenderedMail Render(IReadOnlyDictionary<string, string> values, IReadOnlyList<Placeholder> offered)
    {
        var links = offered.Where(p => p.IsLink).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        string Value(string name) => values.GetValueOrDefault(name) ?? "";

        var subject = string.Concat(Parse(Subject).Select(t => t.IsField ? Value(t.Text).Replace('\n', ' ') : t.Text)).Trim();

        var plain = new List<string>();
        var html = new StringBuilder();
        foreach (var paragraph in Paragraphs(Body))
        {
            var plainLines = new List<string>();
            var htmlLines = new List<string>();
            foreach (var line in paragraph)
            {
                var tokens = Parse(line);
                var text = string.Concat(tokens.Select(t => t.IsField ? Value(t.Text) : t.Text));
                // A line of fields only that came out empty (a unit with no award, a contest with no contact) is left out.
                if (text.Trim().Length == 0 && tokens.Any(t => t.IsField)) continue;
                plainLines.Add(text.TrimEnd());
                htmlLines.Add(string.Concat(tokens.Select(t => t.IsField ? HtmlValue(Value(t.Text), links.Contains(t.Text)) : Encode(t.Text))));
            }
            if (plainLines.Count == 0) continue;
            plain.Add(string.Join("\n", plainLines));
            html.Append("<p>").Append(string.Join("<br>", htmlLines)).Append("</p>");
        }
        return new RenderedMail(subject, string.Join("\n\n", plain), html.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>");

    private static string HtmlValue(string value, bool isLink) =>
        isLink && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"<a href=\"{WebUtility.HtmlEncode(uri.AbsoluteUri)}\">{WebUtility.HtmlEncode(value)}</a>"
            : Encode(value);

    /// <summary>The body's paragraphs (runs of non-blank lines), each a list of its lines.</summary>
    private static IEnumerable<List<string>> Paragraphs(string body)
    {
        var current = new List<string>();
        foreach (var line in body.Split('\n'))
        {
            if (line.Trim().Length > 0) { current.Add(line); continue; }
            if (current.Count > 0) yield return current;
            current = [];
        }
        if (current.Count > 0) yield return current;
    }

    private readonly record struct Token(string Text, bool IsField);

    /// <summary>Literal text and fields; only called on checked text, where every "{{" is closed.</summary>
    private static List<Token> Parse(string text)
    {
        var tokens = new List<Token>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (open < 0 || close < 0) { tokens.Add(new(text[at..], false)); break; }
            if (open > at) tokens.Add(new(text[at..open], false));
            tokens.Add(new(text[(open + 2)..close].Trim(), true));
            at = close + 2;
        }
        return tokens;
    }

    private static List<string> FieldProblems(string text, IReadOnlyList<Placeholder> offered, bool inSubject)
    {
        var problems = new List<string>();
        var byName = offered.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var at = 0;
        while ((at = text.IndexOf("{{", at, StringComparison.Ordinal)) >= 0)
        {
            var close = text.IndexOf("}}", at + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", at + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                var shown = text[at..Math.Min(text.Length, at + 24)].Split('\n')[0];
                problems.Add($"Dấu “{{{{” chưa được đóng bằng “}}}}”: “{shown}…”.");
                if (close < 0) break;
                at = nextOpen;
                continue;
            }
            var name = text[(at + 2)..close].Trim();
            if (!byName.TryGetValue(name, out var placeholder))
            {
                var near = Nearest(name, offered);
                problems.Add($"Mẫu thư này không có trường “{{{{{name}}}}}”."
                    + (near is null ? "" : $" Có phải là “{{{{{near}}}}}”?")
                    + $" Các trường dùng được: {string.Join(", ", offered.Select(p => $"{{{{{p.Name}}}}}"))}.");
            }
            else if (inSubject && placeholder.TypedByPublic)
            {
                problems.Add($"Tiêu đề thư không được dùng trường “{{{{{name}}}}}”: đó là nội dung người dự thi tự nhập.");
            }
            at = close + 2;
        }
        return problems.Distinct().ToList();
    }

    /// <summary>The offered field nearest to a misspelt one, if it is near enough to be what was meant.</summary>
    private static string? Nearest(string name, IReadOnlyList<Placeholder> offered) =>
        offered.Select(p => (p.Name, Distance: Distance(name, p.Name))).Where(c => c.Distance <= Math.Max(2, c.Name.Length / 4))
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}

/// <summary>A template filled in: the subject, the plain text part and the HTML part.</summary>
public sealed record RenderedMail(string Subject, string PlainText, string Html);
