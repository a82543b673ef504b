using ContestServerless.Domain.Entries;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Domain;

public sealed class FileInspectorTests
{
    private static Task<FileInspection> Inspect(byte[] bytes, string extension) =>
        FileInspector.InspectAsync(new MemoryStream(bytes), extension, CancellationToken.None);

    [Fact]
    public async Task A_real_pdf_is_accepted_with_its_sha256()
    {
        var pdf = TestFiles.Pdf();

        var inspection = await Inspect(pdf, ".pdf");

        Assert.True(inspection.Accepted);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), inspection.Sha256);
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
}
