using DocumentFormat.OpenXml.Wordprocessing;

namespace ContestServerless.Functions.Anthology;

/// <summary>
/// What the book's works share and each adds to: styles and list definitions imported from the works (kept in memory,
/// a few kilobytes a work), and the counters that keep ids unique across the whole book (lists, footnotes,
/// bookmarks, drawings).
/// </summary>
internal sealed class BookDefinitions
{
    private readonly List<Style> _styles = [];
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _lists = [];
    private int _footnote;
    private int _bookmark;
    private uint _drawing;

    public void Add(Style style) => _styles.Add(style);

    public int Add(AbstractNum definition)
    {
        definition.AbstractNumberId = _abstracts.Count + 1;
        _abstracts.Add(definition);
        return _abstracts.Count;
    }

    public int Add(NumberingInstance list)
    {
        list.NumberID = _lists.Count + 1;
        _lists.Add(list);
        return _lists.Count;
    }

    public int NextFootnote() => ++_footnote;

    public int NextBookmark() => ++_bookmark;

    public uint NextDrawing() => ++_drawing;

    public Styles Styles()
    {
        var styles = BookParts.Styles();
        foreach (var style in _styles) styles.Append(style);
        return styles;
    }

    /// <summary>Every definition before every list, as the schema orders them.</summary>
    public Numbering Numbering()
    {
        var numbering = new Numbering();
        foreach (var definition in _abstracts) numbering.Append(definition);
        foreach (var list in _lists) numbering.Append(list);
        return numbering;
    }
}
