using ContestServerless.Domain.Results;
using ContestServerless.Functions.Results;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContestServerless.Tests.Results;

public sealed class JuryMinutesDocumentTests
{
    [Fact]
    public void The_minutes_open_as_a_word_document_the_validator_finds_no_error_in()
    {
        var bytes = JuryMinutesDocument.Render(ResultsPapers.Minutes());

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        Assert.NotNull(document.MainDocumentPart?.Document.Body);
    }

    [Fact]
    public void The_minutes_carry_the_national_heading_the_title_and_vietnamese_intact()
    {
        var paragraphs = Paragraphs(ResultsPapers.Minutes());

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", paragraphs);
        Assert.Contains("BIÊN BẢN", paragraphs);
        Assert.Contains("Họp Ban Giám khảo Chung khảo", paragraphs);
        Assert.Contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG", paragraphs);
        Assert.Contains("1. Trần Văn Đức – Trưởng ban", paragraphs);
        Assert.Contains("Giải Nhất", paragraphs);
        Assert.Contains("Nguyễn Thị Ánh Tuyết", paragraphs);
        Assert.Contains("Thạch Thị Sa Rinh", paragraphs);
    }

    [Fact]
    public void The_meeting_is_dated_in_vietnam_not_in_utc()
    {
        var paragraphs = Paragraphs(ResultsPapers.Minutes());

        Assert.Contains("Sóc Trăng, ngày 02 tháng 12 năm 2026", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Vào lúc 01:30 ngày 02/12/2026, tại Hội trường Sở Giáo dục và Đào tạo", StringComparison.Ordinal));
    }

    [Fact]
    public void The_date_line_starts_with_the_place_name_and_stands_alone_when_none_is_set()
    {
        Assert.Contains("Cần Thơ, ngày 02 tháng 12 năm 2026", Paragraphs(ResultsPapers.Minutes(locality: "Cần Thơ")));
        Assert.Contains("Ngày 02 tháng 12 năm 2026", Paragraphs(ResultsPapers.Minutes(locality: " ")));
        Assert.DoesNotContain(Paragraphs(ResultsPapers.Minutes(locality: "")), p => p.StartsWith(", ngày", StringComparison.Ordinal));
    }

    [Fact]
    public void The_method_lists_the_rubric_with_its_maximum_and_how_scores_were_combined()
    {
        var rows = TableRows(ResultsPapers.Minutes(), "Tiêu chí");

        Assert.Equal(["1", "Nội dung, tư tưởng", "6"], rows[1]);
        Assert.Equal(["2", "Hình thức, bố cục", "2,5"], rows[2]);
        Assert.Equal(["", "Tổng cộng", "10"], rows[^1]);
        Assert.Contains(JuryMinutes.CombinationOf(Domain.Judging.RankBy.Mean), Paragraphs(ResultsPapers.Minutes()));
    }

    [Fact]
    public void The_ranking_ties_and_prizes_are_tables_row_by_row()
    {
        var minutes = ResultsPapers.Minutes();

        var ranking = TableRows(minutes, "Số phách", "Tổng điểm");
        var ties = TableRows(minutes, "Cách giải quyết");
        var prizes = TableRows(minutes, "Tác giả");

        Assert.Equal(["Hạng", "Số phách", "Tên tác phẩm", "Tổng điểm", "Điểm xếp hạng"], ranking[0]);
        Assert.Equal(["1", "CK-017", "Người giữ lửa ở Cù Lao Dung", "27,5", "9,17"], ranking[1]);
        Assert.Equal(5, ranking.Count);
        Assert.Equal(["2", "CK-004, CK-021", "Giải Nhì", "Nới chỉ tiêu Giải Nhì thêm một giải (biểu quyết 3/3)"], ties[1]);
        Assert.Equal(["1", "Giải Nhất", "CK-017", "Người giữ lửa ở Cù Lao Dung", "Nguyễn Thị Ánh Tuyết", "Trường THPT Hoàng Diệu"], prizes[1]);
        Assert.Equal(4, prizes.Count);
    }

    [Fact]
    public void Minutes_without_ties_say_so_instead_of_an_empty_table()
    {
        var minutes = ResultsPapers.Minutes(ties: []);

        Assert.Contains("Không có trường hợp đồng điểm ở ranh giới giữa các giải.", Paragraphs(minutes));
        Assert.DoesNotContain(Tables(minutes), t => t[0].Contains("Cách giải quyết"));
    }

    [Fact]
    public void The_signature_lines_name_the_secretary_and_the_chair()
    {
        var paragraphs = Paragraphs(ResultsPapers.Minutes());

        Assert.Contains("THƯ KÝ", paragraphs);
        Assert.Contains("TRƯỞNG BAN GIÁM KHẢO", paragraphs);
        Assert.Contains("Võ Ngọc Huyền", paragraphs);
        Assert.Equal(2, paragraphs.Count(p => p == "(Ký, ghi rõ họ tên)"));
    }

    [Fact]
    public void Markup_in_a_title_is_printed_as_the_characters_typed()
    {
        var minutes = ResultsPapers.Minutes(firstTitle: "<b>x</b> &amp; <script>alert(1)</script>");

        var bytes = JuryMinutesDocument.Render(minutes);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

        Assert.Contains("<b>x</b> &amp; <script>alert(1)</script>", Paragraphs(minutes));
        using var xml = new StreamReader(document.MainDocumentPart!.GetStream());
        Assert.Contains("&lt;b&gt;x&lt;/b&gt; &amp;amp; &lt;script&gt;", xml.ReadToEnd());
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Control_characters_in_a_name_do_not_break_the_document()
    {
        var minutes = ResultsPapers.Minutes(firstTitle: "Chuông\u0007 reo\u0000 giữa\ttrưa");

        var bytes = JuryMinutesDocument.Render(minutes);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("Chuông reo giữa trưa", Paragraphs(minutes));
    }

    [Fact]
    public void The_minutes_can_be_written_straight_into_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        JuryMinutesDocument.Write(ResultsPapers.Minutes(), forwardOnly);

        using var document = WordprocessingDocument.Open(new MemoryStream(target.ToArray()), isEditable: false);
        Assert.Contains("BIÊN BẢN", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public void The_file_name_is_ascii_and_names_the_round()
    {
        Assert.Equal("bien-ban-ban-giam-khao-chung-khao.docx", JuryMinutesDocument.FileName(ResultsPapers.Minutes()));
    }

    private static List<string> Paragraphs(JuryMinutes minutes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(JuryMinutesDocument.Render(minutes)), isEditable: false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static List<List<string[]>> Tables(JuryMinutes minutes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(JuryMinutesDocument.Render(minutes)), isEditable: false);
        return document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .ToList();
    }

    private static List<string[]> TableRows(JuryMinutes minutes, params string[] headers) =>
        Assert.Single(Tables(minutes), t => headers.All(h => t[0].Contains(h)));
}
