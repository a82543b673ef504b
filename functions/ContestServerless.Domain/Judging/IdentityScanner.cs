using System.Text;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// Finds the author's details in a text, as a reader would recognize them: diacritics and case ignored
/// ("NGUYEN VAN AN" is "Nguyễn Văn An"), names and places only as whole words ("Nguyễn Văn Anh" is not
/// "Nguyễn Văn An"), phones by their digits whatever separates them ("0912 345 678", "0912.345.678",
/// "+84 912 345 678"). Clues too short to mean anything are ignored: a one-word name such as "An" would flag
/// half the essays, so names, workplaces and units need <see cref="MinimumWords"/> words and
/// <see cref="MinimumLetters"/> letters, and phones <see cref="PhoneDigits"/> digits.
/// </summary>
public sealed class IdentityScanner
{
    public const int MinimumWords = 2;
    public const int MinimumLetters = 5;

    /// <summary>A Vietnamese number without its leading 0 (or +84): 9 digits for a mobile, 9–10 for a landline.</summary>
    public const int PhoneDigits = 9;

    /// <summary>Hits reported per call at most: past a few, the secretariat has what it needs and the list stays short.</summary>
    public const int MaxHitsPerText = 20;

    private const int ExcerptContext = 30;

    private readonly List<(IdentityClueKind Kind, string Key)> _words = [];
    private readonly List<string> _phones = [];
    private readonly List<string> _emails = [];

    public IdentityScanner(IdentityClues clues)
    {
        AddWords(IdentityClueKind.Name, clues.Names);
        AddWords(IdentityClueKind.Workplace, clues.Workplaces);
        AddWords(IdentityClueKind.Unit, clues.UnitNames);
        foreach (var phone in clues.Phones)
            if (PhoneCore(phone) is { } core && !_phones.Contains(core)) _phones.Add(core);
        foreach (var email in clues.Emails)
        {
            var key = (email ?? "").Trim().ToLowerInvariant();
            if (key.Length >= 6 && key.IndexOf('@') > 0 && !_emails.Contains(key)) _emails.Add(key);
        }
    }

    /// <summary>True when no clue is long enough to look for.</summary>
    public bool IsEmpty => _words.Count == 0 && _phones.Count == 0 && _emails.Count == 0;

    /// <summary>The details found in <paramref name="text"/>, in the order they appear, each labelled <paramref name="where"/>.</summary>
    public IReadOnlyList<IdentityHit> Scan(string text, string where)
    {
        if (IsEmpty || string.IsNullOrWhiteSpace(text)) return [];
        var found = new List<(int Start, int End, IdentityClueKind Kind)>();

        if (_words.Count > 0 || _emails.Count > 0)
        {
            var folded = FoldedText.Of(text);
            var words = folded.Words;
            foreach (var (kind, key) in _words)
                for (var at = words.IndexOf(key, StringComparison.Ordinal); at >= 0; at = words.IndexOf(key, at + 1, StringComparison.Ordinal))
                    if ((at == 0 || words[at - 1] == ' ') && (at + key.Length == words.Length || words[at + key.Length] == ' '))
                        found.Add((folded.Origin(at), folded.Origin(at + key.Length - 1) + 1, kind));
        }
        if (_emails.Count > 0)
        {
            var lower = text.ToLowerInvariant();
            foreach (var email in _emails)
                for (var at = lower.IndexOf(email, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(email, at + 1, StringComparison.Ordinal))
                    if ((at == 0 || !IsEmailCharacter(lower[at - 1])) && (at + email.Length == lower.Length || !IsEmailCharacter(lower[at + email.Length]) || lower[at + email.Length] == '.'))
                        found.Add((at, at + email.Length, IdentityClueKind.Email));
        }
        if (_phones.Count > 0)
            foreach (var (start, end, digits) in DigitRuns(text))
                if (_phones.Any(core => digits.Contains(core, StringComparison.Ordinal)))
                    found.Add((start, end, IdentityClueKind.Phone));

        return [.. found.OrderBy(f => f.Start).Take(MaxHitsPerText).Select(f => new IdentityHit(f.Kind, where, Excerpt(text, f.Start, f.End)))];
    }

    private void AddWords(IdentityClueKind kind, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var key = FoldedText.Key(value ?? "");
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < MinimumWords || words.Sum(w => w.Length) < MinimumLetters) continue;
            if (!_words.Contains((kind, key))) _words.Add((kind, key));
        }
    }

    /// <summary>The last <see cref="PhoneDigits"/> digits, which "0912…", "84912…" and "+84 912…" share; null when too short.</summary>
    private static string? PhoneCore(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= PhoneDigits ? digits[^PhoneDigits..] : null;
    }

    /// <summary>
    /// Runs of digits that read as one number: digits joined by at most two of the separators people write in
    /// phone numbers (space, dot, hyphen, brackets, slash).
    /// </summary>
    private static IEnumerable<(int Start, int End, string Digits)> DigitRuns(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i])) { i++; continue; }
            var start = i > 0 && text[i - 1] == '+' ? i - 1 : i;
            var digits = new StringBuilder();
            var end = i;
            while (i < text.Length)
            {
                if (char.IsAsciiDigit(text[i])) { digits.Append(text[i]); end = ++i; continue; }
                var next = i;
                while (next < text.Length && next - i < 2 && text[next] is ' ' or '.' or '-' or '(' or ')' or '/' or '\u00A0') next++;
                if (next > i && next < text.Length && char.IsAsciiDigit(text[next])) { i = next; continue; }
                break;
            }
            if (digits.Length >= PhoneDigits) yield return (start, end, digits.ToString());
            i = Math.Max(i, end);
        }
    }

    private static bool IsEmailCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%' or '@';

    /// <summary>The match with some words either side, on one line, marked where it was cut.</summary>
    private static string Excerpt(string text, int start, int end)
    {
        var from = Math.Max(0, start - ExcerptContext);
        var to = Math.Min(text.Length, end + ExcerptContext);
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1])) from++;
        while (to < text.Length && to > end && !char.IsWhiteSpace(text[to])) to--;
        if (from > 0 && char.IsLowSurrogate(text[from])) from++;
        if (to < text.Length && char.IsLowSurrogate(text[to])) to--;
        var excerpt = string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (from > 0 ? "…" : "") + excerpt + (to < text.Length ? "…" : "");
    }
}

/// <summary>
/// One place where a judge's copy may reveal its author ("có thể lộ danh tính"): which detail, where in the file
/// (see <see cref="IdentityPlaces"/>) and a short excerpt of the text around it, for the secretariat to judge.
/// </summary>
public sealed record IdentityHit(IdentityClueKind Kind, string Where, string Excerpt)
{
    /// <summary>The detail's name as the secretariat reads it.</summary>
    public string Label => Kind switch
    {
        IdentityClueKind.Name => "họ và tên tác giả",
        IdentityClueKind.Phone => "số điện thoại",
        IdentityClueKind.Email => "thư điện tử",
        IdentityClueKind.Workplace => "nơi công tác",
        IdentityClueKind.Unit => "tên đơn vị",
        _ => "thông tin tác giả",
    };
}

/// <summary>Which kind of author detail a judge's copy was found to contain.</summary>
public enum IdentityClueKind
{
    Name,
    Phone,
    Email,
    Workplace,
    Unit,
}

/// <summary>Where in a file a hit was found, in the words the secretariat sees.</summary>
public static class IdentityPlaces
{
    public const string Body = "nội dung";
    public const string Header = "đầu trang";
    public const string Footer = "chân trang";
    public const string Note = "chú thích";
    public const string Comment = "nhận xét";

    /// <summary>Data a .docx carries beside its text (customXml), which content controls can show.</summary>
    public const string AttachedData = "dữ liệu kèm theo";

    public static string Page(int number) => $"trang {number}";
}
