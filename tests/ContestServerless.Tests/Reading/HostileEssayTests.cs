using System.IO.Compression;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Reading;
using ContestServerless.Functions.Reading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ContestServerless.Tests.Reading.EssayFiles;

namespace ContestServerless.Tests.Reading;

/// <summary>Files made to hurt a reader: it answers a bounded page or a notice, and never throws.</summary>
public sealed class HostileEssayTests
{
    private static Task<EssayPage> ReadAsync(byte[] file, string extension = ".docx", ReadingLimits? limits = null) =>
        EssayReaderTests.ReadAsync(file, extension, limits);

    private static int Count(string html, string what) => Regex.Count(html, Regex.Escape(what));

    [Fact]
    public async Task Five_hundred_pictures_show_the_first_fifty_and_a_placeholder_for_the_rest()
    {
        var file = Docx((main, body) =>
        {
            var png = AddImage(main, Png);
            for (var i = 0; i < 500; i++) body.Append(Para(new Run(Picture(png, $"Hình {i + 1}", (uint)i + 1))));
        });

        var page = await ReadAsync(file);

        Assert.Equal(EssayPageKind.Formatted, page.Kind);
        Assert.Equal(ReadingLimits.Default.MaxPictures, Count(page.Html, "<img "));
        Assert.Equal(450, Count(page.Html, DocxPage.PictureOverLimit));
        Assert.Equal(EssayReader.LimitedNotice, page.Notice);
    }

    [Fact]
    public async Task A_fifty_megabyte_picture_is_not_embedded()
    {
        var huge = new byte[50 * 1024 * 1024];
        Png.CopyTo(huge, 0);
        var file = Docx((main, body) => body.Append(
            Para(new Run(Picture(AddImage(main, huge), "Ảnh rất lớn"))),
            Para(new Run(Picture(AddImage(main, Png), "Ảnh nhỏ", 2)))));

        var page = await ReadAsync(file);

        Assert.Equal(1, Count(page.Html, "<img "));
        Assert.Contains("alt=\"Ảnh nhỏ\"", page.Html);
        Assert.Contains(DocxPage.PictureOverLimit, page.Html);
        Assert.True(page.Html.Length < 10_000);
    }

    [Fact]
    public async Task Pictures_stop_being_embedded_when_their_total_passes_the_limit()
    {
        var limits = ReadingLimits.Default with { MaxPictureBytes = 1000, MaxPictureBytesInAll = 2500 };
        var picture = new byte[900];
        Png.CopyTo(picture, 0);
        var file = Docx((main, body) =>
        {
            for (var i = 0; i < 4; i++) body.Append(Para(new Run(Picture(AddImage(main, picture), $"Hình {i}", (uint)i + 1))));
        });

        var page = await ReadAsync(file, limits: limits);

        Assert.Equal(2, Count(page.Html, "<img "));
        Assert.Equal(2, Count(page.Html, DocxPage.PictureOverLimit));
    }

    [Fact]
    public async Task A_picture_whose_relationship_is_broken_is_skipped()
    {
        var file = Docx((main, body) => body.Append(
            Para(Run("Trước hình. "), new Run(Picture("rId999", "Hình mất"))),
            Para("Sau hình.")));

        var page = await ReadAsync(file);

        Assert.Equal(EssayPageKind.Formatted, page.Kind);
        Assert.Equal($"<p>Trước hình. <span class=\"essay-placeholder\">[{DocxPage.PictureMissing}]</span></p><p>Sau hình.</p>", page.Html);
    }

    [Fact]
    public async Task A_picture_that_is_not_what_its_type_says_is_not_embedded()
    {
        var file = Docx((main, body) => body.Append(Para(new Run(Picture(AddImage(main, "<svg onload=alert(1)>"u8.ToArray()), "Giả ảnh")))));

        var page = await ReadAsync(file);

        Assert.DoesNotContain("<img", page.Html);
        Assert.Contains(DocxPage.PictureMissing, page.Html);
    }

    [Fact]
    public async Task An_embedded_object_becomes_a_placeholder()
    {
        var file = Docx((main, body) =>
        {
            var ole = main.AddEmbeddedObjectPart("application/vnd.openxmlformats-officedocument.oleObject");
            using (var data = new MemoryStream([0xD0, 0xCF, 0x11, 0xE0])) ole.FeedData(data);
            body.Append(Para(Run("Bảng số liệu: "), new Run(new EmbeddedObject())), new Paragraph(Run("Tiếp theo.")));
        });

        var page = await ReadAsync(file);

        Assert.Equal($"<p>Bảng số liệu: <span class=\"essay-placeholder\">[{DocxPage.EmbeddedObjectNotice}]</span></p><p>Tiếp theo.</p>", page.Html);
    }

    [Fact]
    public async Task A_macro_enabled_document_is_read_and_its_macros_ignored()
    {
        var file = Docx((main, body) =>
        {
            var vba = main.AddNewPart<VbaProjectPart>();
            using (var data = new MemoryStream("Attribute VB_Name = \"AutoOpen\" Shell(\"calc\")"u8.ToArray())) vba.FeedData(data);
            body.Append(Para("Bài viết có macro."));
        }, DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument);

        var page = await ReadAsync(file);

        Assert.Equal(EssayPageKind.Formatted, page.Kind);
        Assert.Equal("<p>Bài viết có macro.</p>", page.Html);
    }

    [Fact]
    public async Task Tables_nested_thirty_deep_keep_five_levels_and_flatten_the_rest()
    {
        var file = Docx((_, body) => body.Append(Nested(30)));

        var page = await ReadAsync(file);

        Assert.Equal(ReadingLimits.Default.MaxTableDepth, Count(page.Html, "<table>"));
        for (var level = 1; level <= 30; level++) Assert.Contains($"<p>Tầng {level}</p>", page.Html);
        EssayReaderTests.AssertSafe(page.Html);
    }

    [Fact]
    public async Task A_page_past_its_length_ends_with_a_notice_and_closes_its_tags()
    {
        var limits = ReadingLimits.Default with { MaxHtmlCharacters = 2000 };
        var file = Docx((_, body) =>
        {
            for (var i = 0; i < 200; i++) body.Append(Item(2, 0, $"Mục số {i} của một danh sách rất dài"));
        });

        var page = await ReadAsync(file, limits: limits);

        Assert.Equal(EssayReader.TooLongNotice, page.Notice);
        Assert.EndsWith($"</li></ol><p class=\"essay-truncated\">{EssayReader.TooLongNotice}</p>", page.Html);
        Assert.Equal(Count(page.Html, "<li>"), Count(page.Html, "</li>"));
        Assert.True(page.Html.Length < 4000);
    }

    [Theory]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    public async Task A_corrupt_file_is_unavailable_with_a_notice(string extension)
    {
        var page = await ReadAsync("PK\u0003\u0004 không phải tệp thật"u8.ToArray(), extension);

        Assert.Equal(EssayPageKind.Unavailable, page.Kind);
        Assert.Equal(EssayReader.UnreadableNotice, page.Notice);
        Assert.Equal("", page.Html);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_word_document_is_unavailable()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
                writer.Write("<w:document>không đóng thẻ");

        var page = await ReadAsync(buffer.ToArray());

        Assert.Equal(EssayPageKind.Unavailable, page.Kind);
    }

    [Fact]
    public async Task A_package_that_inflates_past_the_limit_is_not_read()
    {
        var limits = ReadingLimits.Default with { MaxPackageBytes = 1024 * 1024 };
        var padding = new byte[2 * 1024 * 1024];
        Png.CopyTo(padding, 0);
        var file = Docx((main, body) => body.Append(Para(new Run(Picture(AddImage(main, padding), "Đệm")))));

        var page = await ReadAsync(file, limits: limits);

        Assert.Equal(EssayPageKind.Unavailable, page.Kind);
    }
}
