using System.Text.RegularExpressions;
using ContestServerless.Domain.Results;
using ContestServerless.Functions.Results;
using UglyToad.PdfPig;

namespace ContestServerless.Tests.Results;

public sealed partial class CertificatePdfTests
{
    [Theory]
    [InlineData("Nguyễn Thị Ánh Tuyết", "Giải Nhất")]
    [InlineData("Trần Văn Đức", "Giải Khuyến khích")]
    [InlineData("Lý Thị Ngọc Hưởng", "Giải Ba")]
    public void The_extracted_text_holds_the_winners_name_with_its_diacritics_the_tier_and_the_title(string name, string tier)
    {
        var certificate = ResultsPapers.Certificate(name: name, tier: tier);

        var text = TextOf(CertificatePdf.Render(certificate));

        Assert.Contains(name, text);
        Assert.Contains($"Đã đạt {tier}", text);
        Assert.Contains("Tác phẩm: “Người giữ lửa ở Cù Lao Dung”", text);
        Assert.Contains("GIẤY CHỨNG NHẬN", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Theo Quyết định số 125/QĐ-BTC ngày 15/12/2026", text);
        Assert.Contains("TRƯỞNG BAN TỔ CHỨC", text);
        Assert.Contains("Lâm Hoàng Nghiệp", text);
    }

    [Fact]
    public void The_certificate_is_one_a4_landscape_page_in_the_embedded_dejavu_font()
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(ResultsPapers.Certificate()));

        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(842, page.Width, 0);
        Assert.Equal(595, page.Height, 0);
        Assert.All(page.Letters, l => Assert.Contains("DejaVu Sans", l.FontName ?? ""));
        var fonts = page.Letters.Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.Contains(fonts, f => f.Contains("Bold"));
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f)); // a subset, so embedded
    }

    [Fact]
    public void Markup_in_a_name_is_printed_as_the_characters_typed()
    {
        var certificate = ResultsPapers.Certificate(name: "<b>Hà</b> &amp; Co", title: "<script>alert(1)</script>");

        var text = TextOf(CertificatePdf.Render(certificate));

        Assert.Contains("<b>Hà</b> &amp; Co", text);
        Assert.Contains("“<script>alert(1)</script>”", text);
    }

    [Fact]
    public void A_title_of_the_longest_length_allowed_wraps_whole_and_stays_inside_the_border()
    {
        var title = string.Join(' ', Enumerable.Repeat("Những người thầy thầm lặng nơi vùng sông nước", 5))[..200].TrimEnd();
        var certificate = ResultsPapers.Certificate(title: title);

        var bytes = CertificatePdf.Render(certificate);

        Assert.Contains($"Tác phẩm: “{title}”", TextOf(bytes));
        AssertInsideBorder(bytes);
    }

    [Fact]
    public void Text_far_too_long_for_its_place_is_cut_with_an_ellipsis_and_never_leaves_the_page()
    {
        var longName = string.Concat(Enumerable.Repeat("Nguyễn Thị Ánh Tuyết ", 20));
        var unbroken = new string('Đ', 400);
        var certificate = ResultsPapers.Certificate(name: longName, title: unbroken, tier: string.Concat(Enumerable.Repeat("Giải Khuyến khích ", 15)))
            with { Unit = unbroken, SignerTitle = longName, ContestName = string.Concat(Enumerable.Repeat(ResultsPapers.ContestName + " ", 6)) };

        var bytes = CertificatePdf.Render(certificate);

        AssertInsideBorder(bytes);
        var text = TextOf(bytes);
        Assert.Contains("…", text);
        Assert.Contains("Lâm Hoàng Nghiệp", text);
    }

    [Fact]
    public void Certificates_drawn_on_many_threads_at_once_all_come_out_whole()
    {
        var names = Enumerable.Range(1, 16).Select(i => $"Trần Văn Đức {i}").ToArray();

        var texts = names.AsParallel().WithDegreeOfParallelism(8)
            .Select(n => (Name: n, Text: TextOf(CertificatePdf.Render(ResultsPapers.Certificate(name: n))))).ToList();

        Assert.All(texts, t => Assert.Contains(t.Name, t.Text));
    }

    [Fact]
    public void The_font_resolver_can_be_installed_again_from_any_thread()
    {
        Parallel.For(0, 8, _ => CertificateFonts.EnsureRegistered());

        Assert.IsType<CertificateFonts>(PdfSharp.Fonts.GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void The_file_name_is_ascii_from_the_tier_and_the_name()
    {
        Assert.Equal("giai-nhat-nguyen-thi-anh-tuyet.pdf", CertificatePdf.FileName(ResultsPapers.Certificate()));
    }

    /// <summary>The page's text line by line (PdfPig's words joined by single spaces), so wrapped lines join.</summary>
    internal static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        return Spaces().Replace(string.Join(' ', words), " ");
    }

    private static void AssertInsideBorder(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        Assert.Equal(1, pdf.NumberOfPages);
        // The inner border is drawn 32 pt from each edge.
        Assert.All(page.Letters, l =>
        {
            var box = l.BoundingBox;
            Assert.True(box.Left >= 32 && box.Right <= page.Width - 32 && box.Bottom >= 32 && box.Top <= page.Height - 32,
                $"“{l.Value}” at {box} leaves the border");
        });
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
