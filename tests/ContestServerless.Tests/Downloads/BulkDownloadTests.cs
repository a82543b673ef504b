using System.IO.Compression;
using ContestServerless.Functions.Downloads;
using ContestServerless.Domain.Downloads;

namespace ContestServerless.Tests.Downloads;

/// <summary>The ZIP is built by the queue-triggered function, which the local host runs like the Functions host.</summary>
[Collection(StackCollection.Name)]
public sealed class BulkDownloadTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private static readonly HttpClient Storage = new();
    private async Task<BulkDownloadView> WaitUntilFinishedAsync(string id)
    {
        BulkDownloadView download = null!;
        await Eventually.WaitAsync(async () =>
        {
            download = (await Organizer.GetFromJsonAsync<BulkDownloadView>($"/api/organizer/bulk-downloads/{id}"))!;
            return download.Status is "ready" or "failed";
        }, $"bulk download {id} to finish");
        return download;
    }

    [Fact]
    public async Task A_bulk_download_builds_a_zip_with_a_folder_per_unit_readable_unique_names_and_an_index()
    {
        var docx = TestFiles.Docx("Chuyện ông Tư");
        await Entrant.EnterAsync("h-tran-de", "Người giữ rừng", TestFiles.Pdf(padding: 10));
        await Entrant.EnterAsync("h-tran-de", "Người giữ rừng", TestFiles.Pdf(padding: 20));
        await Entrant.EnterAsync("h-tran-de", "Chuyện ông Tư", docx, "ong-tu.docx");
        await Entrant.EnterAsync("h-long-phu", "Bà mẹ quê", TestFiles.Pdf());
        await Entrant.CreateAsync(Entrant.Form(unitId: "h-tran-de")); // pending: not in the ZIP

        var request = await Organizer.PostAsJsonAsync("/api/organizer/bulk-downloads", new { q = "" , unit = "h-tran-de" });
        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        var id = (await request.ReadAs<BulkDownloadView>()).Id;
        Assert.EndsWith($"/api/organizer/bulk-downloads/{id}", request.Headers.Location!.OriginalString);
        var finished = await WaitUntilFinishedAsync(id);
        var redirect = await Organizer.GetAsync($"/api/organizer/bulk-downloads/{id}/file");
        var zipBytes = await Storage.GetByteArrayAsync(redirect.Headers.Location!);

        Assert.Equal("ready", finished.Status);
        Assert.Equal(3, finished.Total);
        Assert.Equal(zipBytes.Length, finished.Size);
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        Assert.Equal(
            [
                BulkDownloadBuilder.IndexFileName,
                "Ủy ban nhân dân huyện Trần Đề/Chuyện ông Tư - Nguyễn Thị Lan.docx",
                "Ủy ban nhân dân huyện Trần Đề/Người giữ rừng - Nguyễn Thị Lan (2).pdf",
                "Ủy ban nhân dân huyện Trần Đề/Người giữ rừng - Nguyễn Thị Lan.pdf",
            ],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        await using (var stored = zip.GetEntry("Ủy ban nhân dân huyện Trần Đề/Chuyện ông Tư - Nguyễn Thị Lan.docx")!.Open())
        {
            var copy = new MemoryStream();
            await stored.CopyToAsync(copy);
            Assert.Equal(docx, copy.ToArray());
        }
        await using var index = zip.GetEntry(BulkDownloadBuilder.IndexFileName)!.Open();
        var buffered = new MemoryStream();
        await index.CopyToAsync(buffered);
        var rows = Spreadsheets.Read(buffered);
        Assert.Equal("Tệp trong ZIP", rows[0][0]);
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows.Skip(1), row => row[0] == "Ủy ban nhân dân huyện Trần Đề/Chuyện ông Tư - Nguyễn Thị Lan.docx" && row.Contains("Chuyện ông Tư"));
    }

    [Fact]
    public async Task The_preview_counts_the_received_files_a_zip_would_pack_and_their_size_before_anything_is_built()
    {
        await TestUnits.AddAsync(Organizer, "zip-xem-truoc");
        var first = TestFiles.Pdf(padding: 100);
        var second = TestFiles.Docx("Người gác đèn biển");
        await Entrant.EnterAsync("zip-xem-truoc", "Người gác đèn", first);
        await Entrant.EnterAsync("zip-xem-truoc", "Người gác đèn biển", second, "den-bien.docx");
        await Entrant.CreateAsync(Entrant.Form(unitId: "zip-xem-truoc")); // pending: not packed, not counted

        var preview = (await Organizer.GetFromJsonAsync<BulkDownloadPreviewView>("/api/organizer/bulk-download-preview?unit=zip-xem-truoc&status=all"))!;
        var refused = await Organizer.GetAsync("/api/organizer/bulk-download-preview?from=31/02/2026");

        Assert.Equal(2, preview.Files);
        Assert.Equal(first.Length + second.Length, preview.Bytes);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_bulk_download_with_a_bad_filter_is_refused_and_nothing_is_queued()
    {
        var response = await Organizer.PostAsJsonAsync("/api/organizer/bulk-downloads", new { unit = "khong-co", status = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblem();
        Assert.Contains("unit", problem.Errors.Keys);
        Assert.Contains("status", problem.Errors.Keys);
    }

    [Fact]
    public async Task A_zip_that_is_not_ready_cannot_be_downloaded_and_an_unknown_one_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync("/api/organizer/bulk-downloads/ZZZZZZZZZZ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync("/api/organizer/bulk-downloads/ZZZZZZZZZZ/file")).StatusCode);
    }
}
