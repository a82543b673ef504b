using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ContestServerless.Functions.Anthology;

/// <summary>
/// The book's own styles and the paragraphs it writes itself (title page, foreword, contents, a work's headings, notes
/// to the editor). Times New Roman 14 pt on A4 with the margins of a Vietnamese administrative document.
/// </summary>
internal static class BookParts
{
    // A4 and the margins of an administrative document (left 3 cm, others 2 cm), in twentieths of a point.
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int LeftMargin = 1701;
    public const int OtherMargin = 1134;

    public const string Normal = "Normal";
    public const string BookTitle = "BookTitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string PartTitle = "PartTitle";
    public const string WorkDetails = "WorkDetails";
    public const string TocHeading = "TOCHeading";
    public const string EditorNote = "EditorNote";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string TableNormal = "TableNormal";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string NoList = "NoList";

    public static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "312", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }))
            { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
        new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
            { Type = StyleValues.Character, StyleId = DefaultParagraphFont, Default = true },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableNormal, Default = true },
        new Style(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
            { Type = StyleValues.Numbering, StyleId = NoList, Default = true },
        Paragraph(BookTitle, "Title", null, new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" },
            new Justification { Val = JustificationValues.Center }), Bold(), Size(40)),
        Paragraph(PartTitle, "Part Title", 0, new StyleParagraphProperties(new KeepNext(), new PageBreakBefore(),
            new SpacingBetweenLines { Before = "2400", After = "480" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
            Bold(), new Caps(), Size(36)),
        // A work starts on a new page: its title is the heading the contents list.
        Paragraph(Heading1, "heading 1", 0, new StyleParagraphProperties(new KeepNext(), new KeepLines(), new PageBreakBefore(),
            new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
            Bold(), Size(32)),
        Paragraph(Heading2, "heading 2", 1, new StyleParagraphProperties(new KeepNext(), new KeepLines(),
            new SpacingBetweenLines { Before = "0", After = "60" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 1 }),
            Bold(), Italic(), Size(28)),
        Paragraph(WorkDetails, "Work Details", null, new StyleParagraphProperties(new KeepNext(),
            new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Center }), Italic(), Size(26)),
        Paragraph(TocHeading, "TOC Heading", null, new StyleParagraphProperties(new PageBreakBefore(),
            new SpacingBetweenLines { Before = "240", After = "360" }, new Justification { Val = JustificationValues.Center }), Bold(), Size(32)),
        Paragraph("TOC1", "toc 1", null, new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = PageWidth - LeftMargin - OtherMargin - 10 }),
            new SpacingBetweenLines { Before = "120", After = "0" }, new Justification { Val = JustificationValues.Left }), Bold()),
        Paragraph("TOC2", "toc 2", null, new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = PageWidth - LeftMargin - OtherMargin - 10 }),
            new SpacingBetweenLines { Before = "0", After = "0" }, new Indentation { Left = "440" }, new Justification { Val = JustificationValues.Left }), Italic()),
        Paragraph(EditorNote, "Editor Note", null, new StyleParagraphProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF2CC" },
            new SpacingBetweenLines { Before = "120", After = "120" }), Italic(), new Color { Val = "7F4F00" }, Size(24)),
        Paragraph(FootnoteText, "footnote text", null, new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), Size(22)),
        new Style(new StyleName { Val = "footnote reference" }, new BasedOn { Val = DefaultParagraphFont }, new UIPriority { Val = 99 },
                new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            { Type = StyleValues.Character, StyleId = FootnoteReference });

    private static Style Paragraph(string id, string name, int? outline, StyleParagraphProperties paragraph, params OpenXmlElement[] run)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = Normal }, new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = outline is { } level ? 9 : 10 }, new PrimaryStyle(), paragraph, new StyleRunProperties(run))
        { Type = StyleValues.Paragraph, StyleId = id };
        return style;
    }

    private static Bold Bold() => new();
    private static Italic Italic() => new();

    private static FontSize Size(int halfPoints) => new() { Val = halfPoints.ToString(CultureInfo.InvariantCulture) };

    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Plain(text));

    public static Paragraph Centered(string text, bool bold = false, int? size = null, bool upper = false, int before = 0)
    {
        var run = Plain(upper ? text.ToUpper(CultureInfo.GetCultureInfo("vi-VN")) : text);
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (size is { } halfPoints) properties.Append(Size(halfPoints));
        if (properties.HasChildren) run.PrependChild(properties);
        return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "120" },
            new Justification { Val = JustificationValues.Center }), run);
    }

    /// <summary>A note to the editorial board, shaded and highlighted so it is found and removed before printing.</summary>
    public static Paragraph Note(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = EditorNote }),
            new Run(new RunProperties(new Highlight { Val = HighlightColorValues.Yellow }), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A run of a note inside a paragraph of the work, where a picture or an object was left out.</summary>
    public static Run NoteRun(string text) =>
        new(new RunProperties(new Italic(), new Highlight { Val = HighlightColorValues.Yellow }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>
    /// The table of contents as a Word field (TOC \o "1-2" \h \z \u), marked dirty and listed in the settings' updateFields,
    /// so Word and LibreOffice build it with page numbers when the book is opened; until then it lists the titles.
    /// </summary>
    public static IEnumerable<Paragraph> Contents(IReadOnlyList<(int Level, string Text)> entries)
    {
        yield return Styled(TocHeading, "MỤC LỤC");
        var first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        if (entries.Count == 0)
        {
            first.Append(Plain("Mục lục được cập nhật khi mở tệp (trong Word: nhấn F9)."));
            first.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            yield return first;
            yield break;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = i == 0 ? first : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = entries[i].Level == 1 ? "TOC1" : "TOC2" }));
            if (i == 0 && entries[0].Level != 1) paragraph.ParagraphProperties!.ParagraphStyleId!.Val = "TOC2";
            paragraph.Append(Plain(entries[i].Text));
            if (i == entries.Count - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            yield return paragraph;
        }
    }

    public static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = OtherMargin, Right = OtherMargin, Bottom = OtherMargin, Left = LeftMargin, Header = 720, Footer = 567, Gutter = 0 },
        new TitlePage());

    /// <summary>The page number, centred at the foot of every page but the title page.</summary>
    public static Footer Footer() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Plain("1"),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
}
