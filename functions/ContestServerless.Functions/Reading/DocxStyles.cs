using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContestServerless.Functions.Reading;

/// <summary>
/// What a paragraph's style and numbering make of it on a page: a heading of some level, a caption, or an item of a
/// numbered or bulleted list at some depth. Read once per document from the styles and numbering parts.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxBasedOnChain = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Dictionary<int, bool>> _bulletsByNumbering = [];

    public DocxStyles(MainDocumentPart main)
    {
        if (main.StyleDefinitionsPart?.Styles is { } styles)
            foreach (var style in styles.Elements<Style>())
                if (style.Type?.Value == StyleValues.Paragraph && style.StyleId?.Value is { } id) _styles.TryAdd(id, style);

        if (main.NumberingDefinitionsPart?.Numbering is not { } numbering) return;
        var abstracts = new Dictionary<int, Dictionary<int, bool>>();
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is not { } id) continue;
            var levels = new Dictionary<int, bool>();
            foreach (var level in definition.Elements<Level>())
                if (level.LevelIndex?.Value is { } index)
                    levels[index] = level.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet;
            abstracts.TryAdd(id, levels);
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
            if (instance.NumberID?.Value is { } numId && instance.AbstractNumId?.Val?.Value is { } abstractId && abstracts.TryGetValue(abstractId, out var levels))
            {
                var own = new Dictionary<int, bool>(levels);
                foreach (var over in instance.Elements<LevelOverride>())
                    if (over.LevelIndex?.Value is { } index && over.Level?.NumberingFormat?.Val?.Value is { } format)
                        own[index] = format == NumberFormatValues.Bullet;
                _bulletsByNumbering.TryAdd(numId, own);
            }
    }

    /// <summary>2 to 6 for a heading (Word's Title and Heading 1 are h2: the page owns h1), else null.</summary>
    public int? HeadingLevel(ParagraphProperties? properties)
    {
        var outline = properties?.OutlineLevel?.Val?.Value;
        foreach (var style in Chain(properties?.ParagraphStyleId?.Val?.Value))
        {
            outline ??= style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant();
            if (name is "title") return 2;
            if (name is not null && name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name[8..], out var level) && level is >= 1 and <= 9)
                return Math.Min(level + 1, 6);
        }
        // Outline level 9 is Word's "body text".
        return outline is >= 0 and <= 8 ? Math.Min(outline.Value + 2, 6) : null;
    }

    public bool IsCaption(ParagraphProperties? properties) =>
        Chain(properties?.ParagraphStyleId?.Val?.Value).Any(s => s.StyleName?.Val?.Value?.Trim().Equals("caption", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The paragraph's place in a list (its level from 0, and whether bulleted), or null when it is not a list item.</summary>
    public (int Level, bool Bulleted)? ListItem(ParagraphProperties? properties)
    {
        var numbering = properties?.NumberingProperties;
        var numId = numbering?.NumberingId?.Val?.Value;
        var level = numbering?.NumberingLevelReference?.Val?.Value;
        foreach (var style in Chain(properties?.ParagraphStyleId?.Val?.Value))
        {
            if (numId is not null && level is not null) break;
            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;
        }
        // numId 0 is Word's way of saying "no numbering here".
        if (numId is not { } id || id == 0 || !_bulletsByNumbering.TryGetValue(id, out var levels)) return null;
        var at = Math.Clamp(level ?? 0, 0, 8);
        return (at, levels.GetValueOrDefault(at));
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < MaxBasedOnChain && styleId is not null && _styles.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
