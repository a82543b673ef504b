using System.Text;

namespace ContestServerless.Functions.Reading;

/// <summary>
/// Builds a page fragment from scratch, so it can hold nothing but what is written through it: a fixed set of tags,
/// attributes whose values are always encoded, and text that is always encoded. It keeps the plain text beside the
/// markup (what the identity scan reads), the stack of open tags (so a page cut short still closes every tag), and
/// stops the conversion with <see cref="FullException"/> once <see cref="ReadingLimits.MaxHtmlCharacters"/> is passed.
/// </summary>
public sealed class HtmlFragment(int maxCharacters)
{
    /// <summary>The classes a fragment may carry; the site's stylesheet styles these and nothing else.</summary>
    public static class Classes
    {
        public const string Caption = "essay-caption";
        public const string Placeholder = "essay-placeholder";
        public const string Notes = "essay-notes";
        public const string NoteReference = "essay-noteref";
        public const string BackReference = "essay-backref";
        public const string Truncated = "essay-truncated";
    }

    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "h2", "h3", "h4", "h5", "h6", "p", "strong", "em", "u", "s", "sub", "sup", "br", "ol", "ul", "li",
        "table", "thead", "tbody", "tr", "th", "td", "img", "a", "section", "span",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "href", "rel", "id", "class", "src", "alt", "colspan", "scope", "aria-label",
    };

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly Stack<string> _open = new();
    private long _pictureCharacters;

    /// <summary>Non-blank text or pictures written since the fragment began; tells an empty paragraph from a full one.</summary>
    public int Content { get; private set; }

    public bool Truncated { get; private set; }

    public int Depth => _open.Count;

    public string Html => _html.ToString();

    /// <summary>The visible text, a line per block.</summary>
    public string Text => _text.ToString().Trim();

    public void Open(string tag, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        StartTag(tag, attributes);
        _open.Push(tag);
    }

    /// <summary>A tag without content (br, img).</summary>
    public void Void(string tag, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        StartTag(tag, attributes);
        if (tag == "img") Content++;
    }

    public void Close()
    {
        var tag = _open.Pop();
        _html.Append("</").Append(tag).Append('>');
    }

    /// <summary>Closes every tag opened after <paramref name="depth"/> was the depth.</summary>
    public void CloseTo(int depth)
    {
        while (_open.Count > depth) Close();
    }

    public void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        Check();
        foreach (var c in text)
        {
            if (IsDropped(c)) continue;
            if (!char.IsWhiteSpace(c)) Content++;
            Encode(c, _html);
            _text.Append(c);
        }
    }

    /// <summary>Text that is only heard or seen beside the page (a picture's description) still goes to the identity scan.</summary>
    public void AddToText(string text) => _text.Append(' ').Append(text).Append(' ');

    /// <summary>Ends a block in the plain text.</summary>
    public void EndLine()
    {
        if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
    }

    /// <summary>A picture as a data: URI; its size counts against the picture limits, not against the page's length.</summary>
    public void Picture(string mediaType, ReadOnlySpan<byte> bytes, string alt)
    {
        Check();
        _html.Append("<img src=\"data:").Append(mediaType).Append(";base64,");
        var base64 = Convert.ToBase64String(bytes);
        _html.Append(base64).Append("\" alt=\"");
        foreach (var c in alt) if (!IsDropped(c)) Encode(c, _html);
        _html.Append("\">");
        _pictureCharacters += base64.Length + mediaType.Length + 20;
        Content++;
        if (alt.Length > 0) AddToText(alt);
    }

    /// <summary>A mark to come back to when what follows turns out empty.</summary>
    public (int Html, int Text, int Depth, int Content, long Pictures) Mark() => (_html.Length, _text.Length, _open.Count, Content, _pictureCharacters);

    public void Rollback((int Html, int Text, int Depth, int Content, long Pictures) mark)
    {
        while (_open.Count > mark.Depth) _open.Pop();
        _html.Length = mark.Html;
        _text.Length = mark.Text;
        Content = mark.Content;
        _pictureCharacters = mark.Pictures;
    }

    /// <summary>Closes what is open and says the page stops here.</summary>
    public void EndTruncated(string notice)
    {
        CloseTo(0);
        Truncated = true;
        _html.Append("<p class=\"").Append(Classes.Truncated).Append("\">");
        foreach (var c in notice) Encode(c, _html);
        _html.Append("</p>");
    }

    private void StartTag(string tag, ReadOnlySpan<(string Name, string Value)> attributes)
    {
        if (!Tags.Contains(tag)) throw new ArgumentException($"Tag {tag} is not allowed in an essay page.", nameof(tag));
        Check();
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (!Attributes.Contains(name)) throw new ArgumentException($"Attribute {name} is not allowed in an essay page.", nameof(attributes));
            _html.Append(' ').Append(name).Append("=\"");
            foreach (var c in value) if (!IsDropped(c)) Encode(c, _html);
            _html.Append('"');
        }
        _html.Append('>');
    }

    private void Check()
    {
        if (_html.Length - _pictureCharacters > maxCharacters) throw new FullException();
    }

    /// <summary>Control characters (other than tab and line ends) and non-characters are not text a page can show.</summary>
    private static bool IsDropped(char c) => (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    private static void Encode(char c, StringBuilder into)
    {
        switch (c)
        {
            case '<': into.Append("&lt;"); break;
            case '>': into.Append("&gt;"); break;
            case '&': into.Append("&amp;"); break;
            case '"': into.Append("&quot;"); break;
            case '\'': into.Append("&#39;"); break;
            default: into.Append(c); break;
        }
    }

    /// <summary>The page reached its length limit; the conversion stops and <see cref="EndTruncated"/> closes it.</summary>
    public sealed class FullException : Exception;
}
