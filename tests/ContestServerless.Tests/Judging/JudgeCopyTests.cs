using System.IO.Compression;
using System.Text;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Judging;
using ContestServerless.Functions.Storage;
using DocumentFormat.OpenXml.Packaging;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace ContestServerless.Tests.Judging;

[Collection(StackCollection.Name)]
public sealed class JudgeCopyTests(ContestStack stack)
{
    private const string AuthorName = "Trương Thị Bích Ngọc";
    private const string Company = "Trường THCS Phan Bội Châu";
    private static readonly IdentityClues Clues = new([AuthorName], ["0987 654 321"], ["bichngoc.truong@example.vn"], [Company], ["Phòng Giáo dục huyện Kế Sách"]);

    private readonly IJudgeCopies _copies = stack.Services.GetRequiredService<IJudgeCopies>();
    private readonly BlobContainerClient _entries = stack.Services.GetRequiredService<BlobServiceClient>()
        .GetBlobContainerClient(stack.Services.GetRequiredService<StorageOptions>().EntriesContainer);

    private async Task<JudgeCopyResult> CopyAsync(byte[] file, string extension)
    {
        var name = $"judging-tests/{Guid.NewGuid():N}{extension}";
        await _entries.GetBlobClient(name).UploadAsync(new BinaryData(file));
        return await _copies.MakeAsync(name, extension, Clues, CancellationToken.None);
    }

    private async Task<byte[]> ReadAsync(string blobName) =>
        (await _entries.GetBlobClient(blobName).DownloadContentAsync()).Value.Content.ToArray();

    private static string Fold(string text) => Text.Unaccent(text).ToLowerInvariant();

    [Fact]
    public async Task A_docx_copy_names_its_author_in_no_part_and_keeps_its_text()
    {
        var original = JudgingFiles.Docx(AuthorName, Company, "Người tốt việc tốt ở Sóc Trăng");
        Assert.Contains(Fold(AuthorName), Fold(Encoding.UTF8.GetString(Unzipped(original)))); // the fixture does name the author

        var result = await CopyAsync(original, ".docx");

        Assert.Equal(JudgeCopyOutcome.Cleaned, result.Outcome);
        Assert.StartsWith(BlobJudgeCopies.Prefix, result.CopyBlobName);
        Assert.DoesNotContain("judging-tests", result.CopyBlobName); // the link a judge gets must not show the original's path
        Assert.Empty(result.Hits);
        Assert.Superset(new HashSet<string> { "Người tạo", "Người sửa cuối", "Tiêu đề", "Mô tả", "Công ty", "Người quản lý",
            "Thuộc tính tùy chỉnh", "Tác giả nhận xét", "Tác giả sửa đổi (theo dõi thay đổi)", "Danh sách người sửa" }, new HashSet<string>(result.RemovedMetadata));

        var copy = await ReadAsync(result.CopyBlobName!);
        using (var zip = new ZipArchive(new MemoryStream(copy)))
            foreach (var part in zip.Entries)
            {
                using var reader = new StreamReader(part.Open());
                var xml = Fold(reader.ReadToEnd());
                Assert.DoesNotContain(Fold(AuthorName), xml);
                Assert.DoesNotContain(Fold(Company), xml);
                Assert.DoesNotContain("nva", xml);
                Assert.DoesNotContain("w:author=", xml);
            }
        using var document = WordprocessingDocument.Open(new MemoryStream(copy), false);
        Assert.Contains("Người tốt việc tốt ở Sóc Trăng", document.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.Contains("thêm một câu.", document.MainDocumentPart.Document.Body.InnerText);
        Assert.Equal("Xem lại đoạn này.", document.MainDocumentPart.WordprocessingCommentsPart!.Comments!.InnerText);
        Assert.Null(document.CustomFilePropertiesPart);
    }

    [Fact]
    public async Task A_docx_whose_text_names_the_author_is_flagged_with_where()
    {
        var original = JudgingFiles.Docx(AuthorName, Company, $"Tôi là {AuthorName.ToUpperInvariant()}, giáo viên.", header: "ĐT liên hệ: 0987.654.321");

        var result = await CopyAsync(original, ".docx");

        Assert.Equal(JudgeCopyOutcome.Cleaned, result.Outcome);
        Assert.True(result.Flagged);
        Assert.Contains(result.Hits, h => h.Kind == IdentityClueKind.Name && h.Where == IdentityPlaces.Body && h.Excerpt.Contains("TRƯƠNG THỊ BÍCH NGỌC"));
        Assert.Contains(result.Hits, h => h.Kind == IdentityClueKind.Phone && h.Where == IdentityPlaces.Header);
        Assert.DoesNotContain(result.Hits, h => h.Where == IdentityPlaces.Comment);
    }

    [Fact]
    public async Task A_pdf_copy_has_no_document_information_xmp_or_comment_author()
    {
        var original = JudgingFiles.Pdf(AuthorName, "Nguoi tot viec tot o Soc Trang");
        Assert.Contains(AuthorName, Encoding.UTF8.GetString(original)); // in the XMP packet

        var result = await CopyAsync(original, ".pdf");

        Assert.Equal(JudgeCopyOutcome.Cleaned, result.Outcome);
        Assert.Empty(result.Hits);
        Assert.Superset(new HashSet<string> { "Tác giả", "Phần mềm tạo", "Tiêu đề", "Siêu dữ liệu XMP", "Tác giả nhận xét" }, new HashSet<string>(result.RemovedMetadata));
        var copy = await ReadAsync(result.CopyBlobName!);
        var raw = Fold(Encoding.Latin1.GetString(copy));
        Assert.DoesNotContain("truong", raw);
        Assert.DoesNotContain(Fold(AuthorName), Fold(Encoding.UTF8.GetString(copy)));
        using var pdf = PigDocument.Open(copy);
        Assert.Null(pdf.Information.Author);
        Assert.Null(pdf.Information.Title);
        // PDFsharp writes XMP of its own on saving, made from the (now empty) document information.
        if (pdf.TryGetXmpMetadata(out var xmp)) Assert.DoesNotContain(Fold(AuthorName), Fold(xmp.GetXDocument().ToString()));
        Assert.Contains("Nguoi tot viec tot", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task A_pdf_whose_page_names_the_author_is_flagged_with_its_page()
    {
        var result = await CopyAsync(JudgingFiles.Pdf(AuthorName, "Tac gia: Truong Thi Bich Ngoc, email bichngoc.truong@example.vn"), ".pdf");

        Assert.Equal(JudgeCopyOutcome.Cleaned, result.Outcome);
        var found = string.Join(" | ", result.Hits);
        Assert.True(result.Hits.Any(h => h.Kind == IdentityClueKind.Name && h.Where == "trang 1"), found);
        Assert.True(result.Hits.Any(h => h.Kind == IdentityClueKind.Email && h.Where == "trang 1"), found);
    }

    [Fact]
    public async Task A_doc_is_marked_for_the_secretariat_and_not_copied()
    {
        var result = await CopyAsync(TestFiles.Doc(), ".doc");

        Assert.Equal(JudgeCopyOutcome.NeedsSecretariat, result.Outcome);
        Assert.Null(result.CopyBlobName);
        Assert.Contains(JudgeCopyResult.SecretariatMark, result.Reason);
        Assert.True(result.Flagged);
    }

    [Fact]
    public async Task An_encrypted_pdf_is_marked_for_the_secretariat_not_a_crash()
    {
        var result = await CopyAsync(JudgingFiles.Pdf(AuthorName, "Bai du thi", userPassword: "mat-khau"), ".pdf");

        Assert.Equal(JudgeCopyOutcome.NeedsSecretariat, result.Outcome);
        Assert.Null(result.CopyBlobName);
        Assert.Contains("có mật khẩu hoặc bị hỏng", result.Reason);
    }

    [Fact]
    public async Task A_broken_pdf_is_marked_for_the_secretariat_not_a_crash()
    {
        var broken = JudgingFiles.Pdf(AuthorName, "Bai du thi")[..400];

        var result = await CopyAsync(broken, ".pdf");

        Assert.Equal(JudgeCopyOutcome.NeedsSecretariat, result.Outcome);
        Assert.Contains(JudgeCopyResult.SecretariatMark, result.Reason);
    }

    [Fact]
    public async Task A_zip_bomb_docx_is_marked_for_the_secretariat()
    {
        var bomb = TestFiles.WithDeclaredSizes(TestFiles.DocxBomb(1024L * 1024 * 1024), declared: 1024);

        var result = await CopyAsync(bomb, ".docx");

        Assert.Equal(JudgeCopyOutcome.NeedsSecretariat, result.Outcome);
        Assert.Null(result.CopyBlobName);
    }

    [Fact]
    public void A_zip_bomb_costs_no_more_than_the_limits_whatever_sizes_it_declares()
    {
        var bomb = TestFiles.WithDeclaredSizes(TestFiles.DocxBomb(1024L * 1024 * 1024), declared: 1024);
        var limits = new DocxLimits { MaxDocumentXmlBytes = 2 * 1024 * 1024, MaxPackageBytes = 4 * 1024 * 1024 };
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var cleaning = DocxCleaner.Clean(new MemoryStream(bomb), Stream.Null, new IdentityScanner(Clues), limits, CancellationToken.None);

        Assert.NotNull(cleaning.Refusal);
        // Reading the gigabyte would allocate gigabytes; stopping at the limit costs a few buffers.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 64L * 1024 * 1024);
    }

    /// <summary>Every part of a package, decompressed and put end to end.</summary>
    private static byte[] Unzipped(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var all = new MemoryStream();
        foreach (var part in zip.Entries) part.Open().CopyTo(all);
        return all.ToArray();
    }
}
