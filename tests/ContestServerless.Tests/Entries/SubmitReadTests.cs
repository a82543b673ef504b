using System.IO.Compression;
using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

/// <summary>Submit checks a file where it lies by reading only the parts its checks need, never the whole file.</summary>
[Collection(StackCollection.Name)]
public sealed class SubmitReadTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);
    private readonly IEntryStore _store = stack.Services.GetRequiredService<IEntryStore>();

    private async Task<(Result<Receipt> Result, CountingEntryFiles Files)> CreateUploadAndSubmitAsync(string fileName, byte[] file, string unitId)
    {
        var (id, link) = await _entrant.CreateAsync(Entrant.Form(fileName, file.Length, unitId));
        (await Entrant.UploadAsync(link, file)).EnsureSuccessStatusCode();
        var files = new CountingEntryFiles(stack.Services.GetRequiredService<IEntryFiles>());
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, files);
        return (await service.SubmitAsync(id, _entrant.SubmitKeyOf(id), CancellationToken.None), files);
    }

    [Fact]
    public async Task Submitting_a_20_MB_docx_reads_its_directory_and_its_text_but_not_its_pictures()
    {
        var docx = LargeDocx("Người tốt việc tốt ở Sóc Trăng", pictureBytes: 19 * 1024 * 1024);

        var (result, files) = await CreateUploadAndSubmitAsync("bai.docx", docx, "so-noi-vu");

        Assert.NotNull(result.Value);
        var entry = (await _store.FindAsync(result.Value.Id, CancellationToken.None))!.Entry;
        Assert.Equal(7, entry.WordCount);
        Assert.Equal(1, files.Opened);
        Assert.InRange(files.BytesFetched, 1, docx.Length / 50);
    }

    [Fact]
    public async Task Submitting_a_1_MB_pdf_reads_its_first_block_and_its_last_kilobyte()
    {
        var pdf = TestFiles.Pdf(padding: 1024 * 1024);

        var (result, files) = await CreateUploadAndSubmitAsync("bai.pdf", pdf, "so-noi-vu");

        Assert.NotNull(result.Value);
        Assert.Equal(2, files.Fetches);
        Assert.InRange(files.BytesFetched, 1, 2 * 64 * 1024);
    }

    [Fact]
    public async Task A_large_docx_whose_text_is_gone_is_still_refused()
    {
        var docx = LargeDocx(text: null, pictureBytes: 4 * 1024 * 1024);

        var (result, files) = await CreateUploadAndSubmitAsync("bai.docx", docx, "so-noi-vu");

        Assert.NotNull(result.Problem);
        Assert.Contains("không khớp với đuôi .docx", result.Problem.Errors!["file"][0]);
        Assert.InRange(files.BytesFetched, 1, docx.Length / 10);
    }

    /// <summary>
    /// A .docx as Word writes one with photographs: the text in word/document.xml between two large pictures that
    /// do not compress (stored as they are). Without <paramref name="text"/>, the package has no word/document.xml.
    /// </summary>
    private static byte[] LargeDocx(string? text, int pictureBytes)
    {
        var random = new Random(17);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content, CompressionLevel level)
            {
                using var part = zip.CreateEntry(name, level).Open();
                part.Write(content);
            }
            byte[] Picture(int size)
            {
                var bytes = new byte[size];
                random.NextBytes(bytes);
                return bytes;
            }
            Add("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), CompressionLevel.Optimal);
            Add("word/media/image1.jpeg", Picture(pictureBytes / 2), CompressionLevel.NoCompression);
            if (text is not null)
                Add("word/document.xml", Encoding.UTF8.GetBytes(
                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                    $"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"), CompressionLevel.Optimal);
            Add("word/media/image2.jpeg", Picture(pictureBytes - pictureBytes / 2), CompressionLevel.NoCompression);
        }
        return buffer.ToArray();
    }
}
