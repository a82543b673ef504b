using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Results;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ContestServerless.Functions.Results;

/// <summary>
/// Writes the jury's minutes (biên bản họp Ban Giám khảo) as a Word document with the Open XML SDK: the national
/// heading, the title, the meeting, the members present, the method, the ranking by sealed code, the ties and how
/// they were settled, the proposed prizes and the signature lines. A4 portrait, Times New Roman 13 pt, margins of an
/// administrative document. Every value goes into a text node, so a title holding markup prints as typed.
/// </summary>
public static class JuryMinutesDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 and the margins Vietnamese administrative documents use (left 3 cm, others 2 cm), in twentieths of a point.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int LeftMargin = 1701;
    private const int OtherMargin = 1134;
    private const int TextWidth = PageWidth - LeftMargin - OtherMargin;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The .docx written to <paramref name="output"/> (left open).</summary>
    public static void Write(JuryMinutes minutes, Stream output)
    {
        if (!output.CanSeek || !output.CanRead)
        {
            // The package is assembled in a seekable stream (an HTTP body is not one).
            output.Write(Render(minutes));
            return;
        }
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = $"Biên bản họp Ban Giám khảo – {PrintableText.Of(minutes.RoundName)}";
        document.PackageProperties.Language = "vi-VN";
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        main.Document = new Document(Body(minutes));
    }

    public static byte[] Render(JuryMinutes minutes)
    {
        using var buffer = new MemoryStream();
        Write(minutes, buffer);
        return buffer.ToArray();
    }

    /// <summary>"bien-ban-ban-giam-khao-chung-khao.docx" for the round "Chung khảo".</summary>
    public static string FileName(JuryMinutes minutes)
    {
        var round = new string(Domain.Common.Text.Unaccent(PrintableText.Of(minutes.RoundName)).ToLowerInvariant()
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        round = string.Join('-', round.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (round.Length > 60) round = round[..60].TrimEnd('-');
        return round.Length == 0 ? "bien-ban-ban-giam-khao.docx" : $"bien-ban-ban-giam-khao-{round}.docx";
    }

    private static Body Body(JuryMinutes m)
    {
        var body = new Body();
        var heldAt = VietnamTime.ToLocal(m.HeldAt);
        var dateLine = PrintableText.Of(m.Locality) is { Length: > 0 } locality
            ? $"{locality}, ngày {heldAt.Day:00} tháng {heldAt.Month:00} năm {heldAt.Year}"
            : $"Ngày {heldAt.Day:00} tháng {heldAt.Month:00} năm {heldAt.Year}";

        body.Append(Layout([3800, TextWidth - 3800],
            [
                [
                    Line(JustificationValues.Center, Run(Upper(m.Organizer))),
                    Line(JustificationValues.Center, Run("BAN GIÁM KHẢO", bold: true)),
                    Line(JustificationValues.Center, Run("―――――", bold: true)),
                ],
                [
                    Line(JustificationValues.Center, Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24)),
                    Line(JustificationValues.Center, Run("Độc lập - Tự do - Hạnh phúc", bold: true, underline: true)),
                    Line(JustificationValues.Center, Run(dateLine, italic: true)),
                ],
            ]));

        body.Append(Line(JustificationValues.Center, Run("BIÊN BẢN", bold: true, size: 28)));
        body.Append(Line(JustificationValues.Center, Run($"Họp Ban Giám khảo {PrintableText.Of(m.RoundName)}", bold: true)));
        body.Append(Line(JustificationValues.Center, Run(PrintableText.Of(m.ContestName), bold: true)));

        body.Append(Heading("I. Thời gian, địa điểm"));
        body.Append(Plain($"Vào lúc {heldAt.ToString("HH:mm", CultureInfo.InvariantCulture)} ngày {VietnamTime.Date(m.HeldAt)}"
            + (PrintableText.Of(m.Place) is { Length: > 0 } place ? $", tại {place}" : "")
            + $", Ban Giám khảo {PrintableText.Of(m.ContestName)} họp để thống nhất kết quả chấm {PrintableText.Of(m.RoundName)} và đề nghị trao giải."));

        body.Append(Heading("II. Thành phần"));
        body.Append(Plain($"Thành viên Ban Giám khảo có mặt: {m.Judges.Count} người, gồm:"));
        for (var i = 0; i < m.Judges.Count; i++)
        {
            var judge = m.Judges[i];
            var role = PrintableText.Of(judge.Role);
            body.Append(Plain($"{i + 1}. {PrintableText.Of(judge.Name)}" + (role.Length > 0 ? $" – {role}" : "")));
        }

        body.Append(Heading("III. Phương pháp chấm"));
        body.Append(Plain("Các bài dự thi được rọc phách, mỗi bài mang một số phách; Ban Giám khảo chấm theo các tiêu chí sau:"));
        var criteriaRows = m.Criteria.Select((c, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), PrintableText.Of(c.Label), Number(c.Max) }).ToList();
        criteriaRows.Add(["", "Tổng cộng", Number(m.Criteria.Sum(c => c.Max))]);
        body.Append(Grid([700, TextWidth - 700 - 1800, 1800], ["STT", "Tiêu chí", "Điểm tối đa"], criteriaRows, numericFrom: 2));
        body.Append(Plain(PrintableText.Of(m.Combination)));

        body.Append(Heading("IV. Kết quả chấm"));
        body.Append(Grid([800, 1300, TextWidth - 800 - 1300 - 1300 - 1400, 1300, 1400],
            ["Hạng", "Số phách", "Tên tác phẩm", "Tổng điểm", "Điểm xếp hạng"],
            m.Ranking.Select(r => new[]
            {
                r.Rank.ToString(CultureInfo.InvariantCulture), PrintableText.Of(r.Code), PrintableText.Of(r.Title), Number(r.Total), Number(r.Mean),
            }).ToList(), numericFrom: 3));

        body.Append(Heading("V. Các trường hợp đồng điểm và cách giải quyết"));
        if (m.Ties.Count == 0)
            body.Append(Plain("Không có trường hợp đồng điểm ở ranh giới giữa các giải."));
        else
            body.Append(Grid([800, 2200, 1800, TextWidth - 800 - 2200 - 1800],
                ["Hạng", "Số phách", "Giải liên quan", "Cách giải quyết"],
                m.Ties.Select(t => new[]
                {
                    t.Rank.ToString(CultureInfo.InvariantCulture), string.Join(", ", t.Codes.Select(PrintableText.Of)),
                    PrintableText.Of(t.Tier), PrintableText.Of(t.Settlement),
                }).ToList()));

        body.Append(Heading("VI. Đề nghị trao giải"));
        body.Append(Plain($"Ban Giám khảo thống nhất đề nghị Ban Tổ chức trao {m.Prizes.Count} giải cho các tác phẩm sau:"));
        body.Append(Grid([600, 1500, 1100, TextWidth - 600 - 1500 - 1100 - 1800 - 1700, 1800, 1700],
            ["STT", "Giải", "Số phách", "Tên tác phẩm", "Tác giả", "Đơn vị"],
            m.Prizes.Select((p, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), PrintableText.Of(p.Tier), PrintableText.Of(p.Code),
                PrintableText.Of(p.Title), PrintableText.Of(p.Author), PrintableText.Of(p.Unit),
            }).ToList()));

        body.Append(Plain("Biên bản đã được đọc lại cho các thành viên Ban Giám khảo cùng nghe và nhất trí thông qua."));

        body.Append(Layout([TextWidth / 2, TextWidth - TextWidth / 2],
            [Signature("THƯ KÝ", m.SecretaryName), Signature("TRƯỞNG BAN GIÁM KHẢO", m.ChairName)]));
        // Word wants a paragraph between the last table and the section's properties.
        body.Append(Line(JustificationValues.Left));

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = OtherMargin, Right = OtherMargin, Bottom = OtherMargin, Left = LeftMargin,
                Header = 720, Footer = 720, Gutter = 0,
            }));
        return body;
    }

    private static Paragraph[] Signature(string office, string name) =>
    [
        Line(JustificationValues.Center, Run(office, bold: true)),
        Line(JustificationValues.Center, Run("(Ký, ghi rõ họ tên)", italic: true)),
        Line(JustificationValues.Center), Line(JustificationValues.Center), Line(JustificationValues.Center),
        Line(JustificationValues.Center, Run(PrintableText.Of(name), bold: true)),
    ];

    private static string Upper(string value) => PrintableText.Of(value).ToUpper(Vietnamese);

    private static string Number(decimal value) => value.ToString("0.##", Vietnamese);

    private static Run Run(string text, bool bold = false, bool italic = false, bool underline = false, int? size = null)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        if (size is { } halfPoints)
        {
            properties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            properties.Append(new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        }
        if (underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        var run = new Run();
        if (properties.HasChildren) run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Line(JustificationValues alignment, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = alignment }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Paragraph Plain(string text) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "120" },
                new Indentation { FirstLine = "567" },
                new Justification { Val = JustificationValues.Both }),
            Run(text));

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "120" }),
            Run(text, bold: true));

    /// <summary>A table without borders that places blocks side by side (the heading, the signatures).</summary>
    private static Table Layout(int[] widths, Paragraph[][] columns)
    {
        var row = new TableRow();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(CultureInfo.InvariantCulture) }));
            cell.Append(columns[i].Length == 0 ? [Line(JustificationValues.Center)] : columns[i]);
            row.Append(cell);
        }
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(CultureInfo.InvariantCulture) },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            Columns(widths));
        table.Append(row);
        return table;
    }

    /// <summary>A bordered table with a header row repeated on every page; columns from <paramref name="numericFrom"/> align right.</summary>
    private static Table Grid(int[] widths, string[] header, IReadOnlyList<string[]> rows, int numericFrom = int.MaxValue)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(CultureInfo.InvariantCulture) },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            Columns(widths));

        var head = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < widths.Length; i++)
            head.Append(Cell(widths[i], Line(JustificationValues.Center, Run(header[i], bold: true, size: 24))));
        table.Append(head);

        foreach (var values in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < widths.Length; i++)
                row.Append(Cell(widths[i], Line(i >= numericFrom ? JustificationValues.Right : JustificationValues.Left, Run(values[i], size: 24))));
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(int width, Paragraph paragraph) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(CultureInfo.InvariantCulture) }), paragraph);

    private static TableGrid Columns(int[] widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "26" },
                    new FontSizeComplexScript { Val = "26" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "288", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }
}
