using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

public sealed class FileInspectorTests
{
    private static Task<FileInspection> Inspect(byte[] bytes, string extension) =>
        FileInspector.InspectAsync(new MemoryStream(bytes), extension, new DocxLimits(), CancellationToken.None);

    [Fact]
    public async Task A_real_pdf_is_accepted()
    {
        var inspection = await Inspect(TestFiles.Pdf(padding: 5000), ".pdf");

        Assert.True(inspection.Accepted);
    }

    [Fact]
    public async Task A_pdf_cut_short_before_its_end_of_file_marker_is_refused()
    {
        var inspection = await Inspect(TestFiles.Pdf(padding: 5000)[..3000], ".pdf");

        Assert.False(inspection.Accepted);
        Assert.Contains("Tệp PDF không trọn vẹn", inspection.Reason);
    }

    [Fact]
    public async Task A_pdf_that_is_really_a_zip_is_rejected()
    {
        var inspection = await Inspect(TestFiles.Docx(), ".pdf");

        Assert.False(inspection.Accepted);
        Assert.Contains("không khớp với đuôi .pdf", inspection.Reason);
    }

    [Fact]
    public async Task A_docx_is_accepted_and_its_words_counted_across_runs_and_paragraphs()
    {
        var inspection = await Inspect(TestFiles.Docx("Người tốt việc tốt\nở Sóc Trăng"), ".docx");

        Assert.True(inspection.Accepted);
        Assert.Equal(7, inspection.WordCount);
    }

    [Fact]
    public async Task A_zip_without_word_document_xml_is_not_a_docx()
    {
        var inspection = await Inspect(TestFiles.Zip(("readme.txt", "hello")), ".docx");

        Assert.False(inspection.Accepted);
    }

    [Fact]
    public async Task A_truncated_zip_is_not_a_docx()
    {
        var inspection = await Inspect(TestFiles.Docx()[..40], ".docx");

        Assert.False(inspection.Accepted);
    }

    [Fact]
    public async Task A_doc_must_be_an_ole2_compound_file()
    {
        Assert.True((await Inspect(TestFiles.Doc(), ".doc")).Accepted);
        Assert.False((await Inspect(TestFiles.Pdf(), ".doc")).Accepted);
    }

    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        Assert.False((await Inspect([], ".pdf")).Accepted);
    }

    [Fact]
    public async Task Words_are_counted_across_runs_tabs_breaks_and_long_runs_read_in_chunks()
    {
        var longRun = string.Concat(Enumerable.Repeat("việc ", 10_000));
        var docx = TestFiles.DocxWithBody(
            "<w:p><w:r><w:t>Ng</w:t></w:r><w:r><w:t xml:space=\"preserve\">ười tốt </w:t></w:r><w:r><w:tab/><w:t>việc</w:t><w:br/><w:t>tốt</w:t></w:r></w:p>" +
            $"<w:p><w:r><w:t>{longRun}</w:t></w:r></w:p><w:p><w:r><w:t>cuối</w:t></w:r></w:p>");

        var inspection = await Inspect(docx, ".docx");

        Assert.True(inspection.Accepted);
        Assert.Equal(4 + 10_000 + 1, inspection.WordCount);
    }

    [Fact]
    public async Task A_docx_with_a_document_type_definition_is_not_a_docx()
    {
        var docx = TestFiles.Zip(("word/document.xml",
            "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"));

        Assert.False((await Inspect(docx, ".docx")).Accepted);
    }

    [Fact]
    public async Task A_docx_whose_document_xml_expands_to_64_MB_in_one_paragraph_is_refused()
    {
        var bomb = TestFiles.DocxBomb(64L * 1024 * 1024);

        var inspection = await Inspect(bomb, ".docx");

        Assert.False(inspection.Accepted);
        Assert.Contains("giải nén vượt quá 16 MB", inspection.Reason);
    }

    [Fact]
    public async Task A_docx_that_expands_to_1_GB_is_refused()
    {
        var bomb = TestFiles.DocxBomb(1024L * 1024 * 1024);

        var inspection = await Inspect(bomb, ".docx");

        Assert.False(inspection.Accepted);
        Assert.Contains("giải nén vượt quá", inspection.Reason);
    }

    [Fact]
    public async Task A_docx_that_declares_small_sizes_but_inflates_past_the_limits_is_refused_while_reading()
    {
        var lying = TestFiles.WithDeclaredSizes(TestFiles.DocxBomb(64L * 1024 * 1024), declared: 1000);

        var inspection = await Inspect(lying, ".docx");

        Assert.False(inspection.Accepted);
    }

    [Fact]
    public async Task A_docx_within_the_size_limit_but_compressed_beyond_the_ratio_is_refused()
    {
        var bomb = TestFiles.DocxBomb(8L * 1024 * 1024, System.IO.Compression.CompressionLevel.SmallestSize);
        Assert.True(bomb.Length < 8L * 1024 * 1024 / new DocxLimits().MaxCompressionRatio, $"The bomb is {bomb.Length} bytes.");

        var inspection = await Inspect(bomb, ".docx");

        Assert.False(inspection.Accepted);
        Assert.Contains("nén bất thường", inspection.Reason);
    }

    [Fact]
    public async Task The_limits_are_options_a_contest_may_raise()
    {
        var bomb = TestFiles.DocxBomb(8L * 1024 * 1024);
        var generous = new DocxLimits { MaxCompressionRatio = 10_000 };

        var inspection = await FileInspector.InspectAsync(new MemoryStream(bomb), ".docx", generous, CancellationToken.None);

        Assert.True(inspection.Accepted);
        Assert.Equal(4 * 1024 * 1024 - 40, inspection.WordCount!.Value, tolerance: 100);
    }
}
