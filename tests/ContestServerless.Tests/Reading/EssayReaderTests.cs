using System.Text.RegularExpressions;
using ContestServerless.Domain.Reading;
using ContestServerless.Functions.Reading;
using ContestServerless.Tests.Judging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using static ContestServerless.Tests.Reading.EssayFiles;

namespace ContestServerless.Tests.Reading;

/// <summary>A Word essay as a page: its structure kept, its words encoded, nothing of what the file says about itself.</summary>
public sealed partial class EssayReaderTests
{
    private static readonly string[] AllowedTags =
        ["h2", "h3", "h4", "h5", "h6", "p", "strong", "em", "u", "s", "sub", "sup", "br", "ol", "ul", "li",
         "table", "thead", "tbody", "tr", "th", "td", "img", "a", "section", "span"];

    internal static Task<EssayPage> ReadAsync(byte[] file, string extension = ".docx", ReadingLimits? limits = null) =>
        new EssayReader(limits ?? ReadingLimits.Default, NullLogger<EssayReader>.Instance).ReadAsync(new MemoryStream(file), extension, CancellationToken.None);

    /// <summary>Only the reader's own tags, attributes from its short list, no style, no event handler.</summary>
    internal static void AssertSafe(string html)
    {
        foreach (Match tag in TagPattern().Matches(html))
            Assert.Contains(tag.Groups[1].Value, AllowedTags);
        foreach (Match attribute in AttributePattern().Matches(Regex.Replace(html, "src=\"data:[^\"]*\"", "")))
            Assert.Contains(attribute.Groups[1].Value, (string[])["href", "rel", "id", "class", "src", "alt", "colspan", "scope", "aria-label"]);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Headings_paragraphs_and_emphasis_become_their_html_elements()
    {
        var file = Docx((_, body) => body.Append(
            Styled("Heading1", "Người tốt việc tốt"),
            Styled("Heading2", "Những năm đầu"),
            Para(Run("Chị "), Run("Lan", new RunProperties(new Bold())), Run(" đã "), Run("không ngại khó", new RunProperties(new Italic())),
                Run(" và "), Run("luôn đúng giờ", new RunProperties(new Underline { Val = UnderlineValues.Single })), Run(".")),
            Para(Run("Dòng một"), new Run(new Break()), Run("dòng hai")),
            Para(""),
            Styled("Caption", "Hình 1. Chị Lan tại trạm y tế")));

        var page = await ReadAsync(file);

        Assert.Equal(EssayPageKind.Formatted, page.Kind);
        Assert.Null(page.Notice);
        Assert.Equal(
            "<h2>Người tốt việc tốt</h2><h3>Những năm đầu</h3>" +
            "<p>Chị <strong>Lan</strong> đã <em>không ngại khó</em> và <u>luôn đúng giờ</u>.</p>" +
            "<p>Dòng một<br>dòng hai</p>" +
            "<p class=\"essay-caption\">Hình 1. Chị Lan tại trạm y tế</p>", page.Html);
        Assert.Contains("Chị Lan đã không ngại khó và luôn đúng giờ.", page.Text);
        AssertSafe(page.Html);
    }

    [Fact]
    public async Task Numbered_and_bulleted_lists_nest_as_ol_and_ul()
    {
        var file = Docx((_, body) => body.Append(
            Item(2, 0, "Bước một"),
            Item(1, 1, "chi tiết a"),
            Item(1, 1, "chi tiết b"),
            Item(2, 0, "Bước hai"),
            Para("Hết danh sách.")));

        var page = await ReadAsync(file);

        Assert.Equal(
            "<ol><li><p>Bước một</p><ul><li><p>chi tiết a</p></li><li><p>chi tiết b</p></li></ul></li><li><p>Bước hai</p></li></ol><p>Hết danh sách.</p>",
            page.Html);
    }

    [Fact]
    public async Task A_table_with_a_header_row_has_th_cells_and_one_without_has_only_td()
    {
        var file = Docx((_, body) => body.Append(
            Table(true, ["Năm", "Việc làm"], ["2023", "Hiến máu"]),
            Table(false, ["Một", "Hai"])));

        var page = await ReadAsync(file);

        Assert.Equal(
            "<table><thead><tr><th scope=\"col\"><p>Năm</p></th><th scope=\"col\"><p>Việc làm</p></th></tr></thead>" +
            "<tbody><tr><td><p>2023</p></td><td><p>Hiến máu</p></td></tr></tbody></table>" +
            "<table><tbody><tr><td><p>Một</p></td><td><p>Hai</p></td></tr></tbody></table>", page.Html);
    }

    [Fact]
    public async Task A_picture_is_embedded_with_its_description_as_alt_text()
    {
        var file = Docx((main, body) =>
        {
            var png = AddImage(main, Png);
            var bmp = AddImage(main, [0x42, 0x4D, 0, 0], ImagePartType.Bmp);
            body.Append(Para(new Run(Picture(png, "Chị Lan trao quà cho học sinh"))), Para(new Run(Picture(bmp, null, 2))));
        });

        var page = await ReadAsync(file);

        Assert.Contains($"<img src=\"data:image/png;base64,{Convert.ToBase64String(Png)}\" alt=\"Chị Lan trao quà cho học sinh\">", page.Html);
        Assert.Contains($"[{DocxPage.PictureFormat}]", page.Html);
        Assert.DoesNotContain("image/bmp", page.Html);
        Assert.Contains("Chị Lan trao quà cho học sinh", page.Text);
        Assert.Equal(EssayReader.LimitedNotice, page.Notice);
    }

    [Fact]
    public async Task Footnotes_are_a_numbered_list_at_the_end_with_links_both_ways()
    {
        var file = Docx((main, body) =>
        {
            AddFootnotes(main, (5, "Theo báo Sóc Trăng, 2023."));
            body.Append(Para(Run("Chị được khen thưởng"), NoteReference(5), Run(".")));
        });

        var page = await ReadAsync(file);

        Assert.Equal(
            "<p>Chị được khen thưởng<sup class=\"essay-noteref\"><a href=\"#essay-note-1\" id=\"essay-noteref-1\" aria-label=\"Chú thích 1\">1</a></sup>.</p>" +
            "<section class=\"essay-notes\" aria-label=\"Chú thích\"><ol><li id=\"essay-note-1\"><p> Theo báo Sóc Trăng, 2023.</p>" +
            "<a href=\"#essay-noteref-1\" class=\"essay-backref\" aria-label=\"Quay lại chỗ chú thích 1\">↩</a></li></ol></section>", page.Html);
        Assert.Contains("Theo báo Sóc Trăng, 2023.", page.Text);
    }

    [Fact]
    public async Task Markup_and_scripts_in_the_text_show_as_text()
    {
        var file = Docx((_, body) => body.Append(Para("<script>alert('x')</script> & <img src=x onerror=alert(1)>")));

        var page = await ReadAsync(file);

        Assert.Equal("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>", page.Html);
        Assert.Contains("<script>alert('x')</script>", page.Text);
        AssertSafe(page.Html);
    }

    [Fact]
    public async Task Only_http_links_are_links_and_they_carry_nofollow()
    {
        var file = Docx((main, body) =>
        {
            var web = main.AddHyperlinkRelationship(new Uri("https://soctrang.gov.vn/tin-tuc?id=1&a=2"), true).Id;
            var script = main.AddHyperlinkRelationship(new Uri("javascript:alert(1)"), true).Id;
            var file = main.AddHyperlinkRelationship(new Uri("file:///C:/Users/tacgia/bai.docx"), true).Id;
            body.Append(Para(
                new Hyperlink(Run("trang tỉnh")) { Id = web }, Run(", "),
                new Hyperlink(Run("bấm vào đây")) { Id = script }, Run(", "),
                new Hyperlink(Run("tệp gốc")) { Id = file }, Run(", "),
                new Hyperlink(Run("mục lục")) { Anchor = "muc-luc" }));
        });

        var page = await ReadAsync(file);

        Assert.Equal("<p><a href=\"https://soctrang.gov.vn/tin-tuc?id=1&amp;a=2\" rel=\"nofollow noopener\">trang tỉnh</a>, bấm vào đây, tệp gốc, mục lục</p>", page.Html);
    }

    [Fact]
    public async Task Comments_revision_authors_and_properties_never_reach_the_page()
    {
        const string author = "Trần Thị Bích Ngọc";
        var file = JudgingFiles.Docx(author, "Công ty Mía đường Sóc Trăng", "Thân bài của bài dự thi.", header: $"Tác giả: {author}");
        using (var stream = new MemoryStream())
        {
            stream.Write(file);
            using (var document = WordprocessingDocument.Open(stream, true))
                document.MainDocumentPart!.Document.Body!.Append(
                    Para(new DeletedRun(new Run(new DeletedText("Câu đã xóa bởi tác giả."))) { Id = "9", Author = author }, Run("Câu còn lại.")));
            file = stream.ToArray();
        }

        var page = await ReadAsync(file);

        Assert.Equal("<p>Thân bài của bài dự thi.</p><p>Đoạn sửa: thêm một câu.Câu có nhận xét.</p><p>Câu còn lại.</p>", page.Html);
        foreach (var leak in new[] { author, "Ngọc", "NVA", "Mía đường", "Xem lại đoạn này", "Câu đã xóa" })
        {
            Assert.DoesNotContain(leak, page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(leak, page.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_pdf_is_shown_as_its_extracted_text_with_a_notice()
    {
        var page = await ReadAsync(JudgingFiles.Pdf("Tran Thi Lan", "Chi Lan hien mau tinh nguyen moi nam"), ".pdf");

        Assert.Equal(EssayPageKind.ExtractedText, page.Kind);
        Assert.Equal(EssayReader.PdfNotice, page.Notice);
        Assert.Equal("<p>Chi Lan hien mau tinh nguyen moi nam</p>", page.Html);
        Assert.Equal("Chi Lan hien mau tinh nguyen moi nam", page.Text);
        Assert.DoesNotContain("Tran Thi Lan", page.Text);
    }

    [Fact]
    public async Task A_legacy_doc_is_unavailable_with_a_notice()
    {
        var page = await ReadAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], ".doc");

        Assert.Equal(EssayPageKind.Unavailable, page.Kind);
        Assert.Equal(EssayReader.DocNotice, page.Notice);
        Assert.Equal("", page.Html);
    }

    [GeneratedRegex("<\\/?([a-zA-Z0-9]+)")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s([a-zA-Z-]+)=\"")]
    private static partial Regex AttributePattern();
}
