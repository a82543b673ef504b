using ContestServerless.Functions.Anthology;
using ContestServerless.Tests.Judging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace ContestServerless.Tests.Anthology;

/// <summary>The book itself: what it carries over from the works, that Word's schema accepts it and LibreOffice opens it.</summary>
public sealed class AnthologyBookTests
{
    private static WordprocessingDocument Open(byte[] book) => WordprocessingDocument.Open(new MemoryStream(book), false);

    private static void AssertValid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator().Validate(document).Take(10).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    private static Paragraph ParagraphWith(Body body, string text) => body.Descendants<Paragraph>().First(p => p.InnerText.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task The_book_is_valid_and_carries_each_works_headings_text_picture_footnote_and_list()
    {
        var first = BookFiles.Work("Người giữ rừng U Minh");
        var second = BookFiles.Work("Cô giáo vùng biên", prize: "Giải Nhì");

        var book = await BookFiles.WriteAsync((first, SourceDocuments.Essay("A")), (second, SourceDocuments.Essay("B")));

        using var document = Open(book);
        AssertValid(document);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var text = body.InnerText;

        // Title page from the contest, the foreword left for the committee, the contents as a field updated on opening.
        Assert.Contains("TUYỂN TẬP TÁC PHẨM ĐOẠT GIẢI", text);
        Assert.Contains("CUỘC THI VIẾT VỀ GƯƠNG ĐIỂN HÌNH TIÊN TIẾN", text);
        Assert.Contains(AnthologyBook.ForewordPlaceholder, text);
        Assert.Contains(body.Descendants<FieldCode>(), code => code.Text.Trim() == "TOC \\o \"1-2\" \\h \\z \\u");
        Assert.True(main.DocumentSettingsPart!.Settings.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value);

        // Each work: its title as Heading 1 (a new page), author as Heading 2, unit and prize below.
        foreach (var work in new[] { first, second })
        {
            var title = body.Descendants<Paragraph>().Single(p => p.InnerText == work.Title && p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1");
            var details = title.ElementsAfter().OfType<Paragraph>().Take(3).Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText)).ToList();
            Assert.Equal([("Heading2", work.Author), ("WorkDetails", work.Unit), ("WorkDetails", work.Prize)], details);
        }

        // The text with its formatting: the work's own style, imported under a name of its own, without an outline level.
        var quote = ParagraphWith(body, "Đoạn trích dẫn A");
        var quoteStyle = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == quote.ParagraphProperties!.ParagraphStyleId!.Val);
        Assert.Equal("Trích dẫn (bài 1)", quoteStyle.StyleName!.Val);
        var workHeading = ParagraphWith(body, "Mở đầu B").ParagraphProperties!.ParagraphStyleId!.Val!.Value!;
        Assert.NotEqual("Heading1", workHeading);
        Assert.Null(main.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == workHeading).StyleParagraphProperties?.OutlineLevel);

        // Pictures copied as parts of the book.
        var blips = body.Descendants<A.Blip>().ToList();
        Assert.Equal(2, blips.Count);
        Assert.All(blips, blip => Assert.IsType<ImagePart>(main.GetPartById(blip.Embed!.Value!)));
        Assert.Equal(2, main.ImageParts.Count());

        // Footnotes: each work's note under a new id, the reference pointing to it.
        foreach (var marker in new[] { "A", "B" })
        {
            var reference = ParagraphWith(body, $"Nội dung chính của bài {marker}").Descendants<FootnoteReference>().Single();
            var note = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(n => n.Id!.Value == reference.Id!.Value);
            Assert.Contains($"Chú thích {marker}", note.InnerText);
        }

        // Lists: both works numbered their list 1 in their file; in the book each keeps a list (and a definition) of its own.
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var listOfA = ParagraphWith(body, "Ý thứ 1 của A").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var listOfB = ParagraphWith(body, "Ý thứ 1 của B").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.NotEqual(listOfA, listOfB);
        Assert.Equal(listOfB, ParagraphWith(body, "Ý thứ 3 của B").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        var definitions = new[] { listOfA, listOfB }.Select(id => numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == id).AbstractNumId!.Val!.Value).ToList();
        Assert.NotEqual(definitions[0], definitions[1]);
        Assert.All(definitions, id => Assert.Single(numbering.Elements<AbstractNum>(), a => a.AbstractNumberId!.Value == id));

        // Links carried; comments, deletions and who made the changes left behind; insertions accepted.
        Assert.Contains(main.HyperlinkRelationships, r => r.Uri == new Uri("https://example.org/guong-sang"));
        Assert.All(body.Descendants<Hyperlink>(), link => Assert.Contains(main.HyperlinkRelationships, r => r.Id == link.Id));
        Assert.Contains("Chữ được thêm A.", text);
        Assert.DoesNotContain("Chữ đã xóa", body.OuterXml);
        Assert.DoesNotContain("Người sửa bí mật", body.OuterXml);
        Assert.Empty(body.Descendants<CommentRangeStart>());
        Assert.Null(main.WordprocessingCommentsPart);
        // The works' sections (their Letter page) are gone: one section, A4.
        Assert.Equal(16838u, Assert.Single(body.Descendants<SectionProperties>()).GetFirstChild<PageSize>()!.Height!.Value);
    }

    [Fact]
    public async Task LibreOffice_opens_the_book_with_every_title()
    {
        var works = new[] { "Người giữ rừng U Minh", "Cô giáo vùng biên", "Anh bộ đội Cụ Hồ" }.Select(t => BookFiles.Work(t)).ToList();
        var pdf = BookFiles.Work("Bài gửi bằng PDF", ".pdf");

        var book = await BookFiles.WriteAsync([.. works.Select(w => (w, SourceDocuments.Essay(w.Title[..3]))), (pdf, JudgingFiles.Pdf("X", "Noi dung cua bai PDF."))]);
        var (pages, text) = await BookFiles.ThroughLibreOfficeAsync(book);

        // Title page, foreword, contents, then a page (at least) per work.
        Assert.True(pages >= 3 + 4, $"{pages} pages");
        foreach (var work in works.Append(pdf)) Assert.Contains(work.Title, text);
        Assert.Contains("Noi dung cua bai PDF.", text);
        Assert.Contains(AnthologyBook.PdfNote, text);
    }

    [Fact]
    public async Task A_pdf_comes_in_as_plain_paragraphs_under_a_note_and_a_doc_as_a_note_to_add_it_by_hand()
    {
        var pdf = BookFiles.Work("Bài PDF", ".pdf");
        var doc = BookFiles.Work("Bài Word cũ", ".doc");

        var book = await BookFiles.WriteAsync((pdf, JudgingFiles.Pdf("X", "Dong thu nhat cua bai.")), (doc, Infrastructure.TestFiles.Doc()));

        using var document = Open(book);
        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        var note = ParagraphWith(body, AnthologyBook.PdfNote);
        Assert.Equal("EditorNote", note.ParagraphProperties!.ParagraphStyleId!.Val);
        Assert.Equal("Dong thu nhat cua bai.", note.ElementsAfter().OfType<Paragraph>().First().InnerText);
        Assert.Contains(AnthologyBook.DocNote, body.InnerText);
    }

    [Fact]
    public async Task Hostile_works_do_not_break_the_book()
    {
        var many = BookFiles.Work("Năm trăm ảnh");
        var huge = BookFiles.Work("Ảnh năm mươi MB");
        var broken = BookFiles.Work("Quan hệ gãy");
        var embedded = BookFiles.Work("Đối tượng nhúng");
        var macro = BookFiles.Work("Có macro");
        var deep = BookFiles.Work("Bảng lồng sâu");
        var garbage = BookFiles.Work("Không phải docx");

        var book = await BookFiles.WriteAsync(
            (many, SourceDocuments.Essay("nhiều", pictures: 500)),
            (huge, SourceDocuments.Essay("lớn", pictureBytes: 50 * 1024 * 1024)),
            (broken, SourceDocuments.BrokenRelationship()),
            (embedded, SourceDocuments.EmbeddedObject()),
            (macro, SourceDocuments.WithMacros()),
            (deep, SourceDocuments.DeepTable(300)),
            (garbage, "PK\u0003\u0004 không phải gói Word"u8.ToArray()));

        using var document = Open(book);
        AssertValid(document);
        var main = document.MainDocumentPart!;
        var text = main.Document.Body!.InnerText;
        foreach (var work in new[] { many, huge, broken, embedded, macro, deep, garbage }) Assert.Contains(work.Title, text);

        // 500, and one each from the broken, embedded and macro works; the 50 MB one stays out, the deep table comes as text.
        Assert.Equal(500 + 1 + 1 + 1, main.ImageParts.Count());
        Assert.Contains("Hình ảnh quá lớn (50 MB)", text);
        Assert.Contains("Hình ảnh không chép được", text);
        Assert.Contains(AnthologyBook.ObjectNote, text);
        Assert.Empty(main.EmbeddedObjectParts);
        Assert.DoesNotContain(main.Parts, p => p.OpenXmlPart is VbaProjectPart);
        Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, document.DocumentType);
        Assert.Contains(AnthologyBook.PlainTextNote, text);
        Assert.Contains("Ô trong cùng", text);
        Assert.Contains("Không đọc được tệp của bài này", text);
    }
}
