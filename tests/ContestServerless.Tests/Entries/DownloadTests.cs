using System.Net.Http.Headers;
using System.Text.Json;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class DownloadTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private static readonly HttpClient Storage = new(new HttpClientHandler { AllowAutoRedirect = false });
    private Task<string> EnterAsync(string title, byte[] file) => Entrant.EnterAsync("so-lao-dong", title, file);

    private async Task<Uri> DownloadLinkAsync(string id)
    {
        var response = await Organizer.GetAsync($"/api/organizer/entries/{id}/file");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    [Fact]
    public async Task Downloading_an_entry_redirects_to_its_file_named_after_title_and_author()
    {
        var pdf = TestFiles.Pdf(padding: 700);
        var id = await EnterAsync("Người giữ rừng: chuyện/ông Tư", pdf);

        var link = await DownloadLinkAsync(id);
        var file = await Storage.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        var disposition = ContentDispositionHeaderValue.Parse(file.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Người giữ rừng chuyện ông Tư - Nguyễn Thị Lan.pdf", disposition.FileNameStar);
        Assert.Equal("Nguoi giu rung chuyen ong Tu - Nguyen Thi Lan.pdf", disposition.FileName?.Trim('"'));
    }

    [Fact]
    public async Task The_link_is_read_only_for_minutes_and_for_that_one_file()
    {
        var first = await EnterAsync("Bài thứ nhất", TestFiles.Pdf());
        var second = await EnterAsync("Bài thứ hai", TestFiles.Pdf());
        var link = await DownloadLinkAsync(first);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        var otherBlob = new UriBuilder(link) { Path = link.AbsolutePath.Replace(first, second) }.Uri;
        var overwrite = new HttpRequestMessage(HttpMethod.Put, link) { Content = new ByteArrayContent(TestFiles.Pdf()) };
        overwrite.Headers.Add("x-ms-blob-type", "BlockBlob");

        Assert.Equal(HttpStatusCode.Forbidden, (await Storage.GetAsync(otherBlob)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Storage.SendAsync(overwrite)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Storage.SendAsync(new HttpRequestMessage(HttpMethod.Delete, link))).StatusCode);
        Assert.Equal("r", query["sp"]);
        var expires = DateTimeOffset.Parse(query["se"]!);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(6));
    }

    [Fact]
    public async Task A_pending_entry_has_no_file_to_download()
    {
        var (id, _) = await Entrant.CreateAsync(Entrant.Form(unitId: "so-lao-dong"));

        var response = await Organizer.GetAsync($"/api/organizer/entries/{id}/file");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Bài chưa có tệp", (await response.ReadProblem()).Title);
    }

    [Theory]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("not-an-id")]
    public async Task An_unknown_entry_is_not_found(string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync($"/api/organizer/entries/{id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync($"/api/organizer/entries/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_entry_page_shows_every_field_but_the_receipt_code()
    {
        var id = await EnterAsync("Người lái đò <script>alert(1)</script>", TestFiles.Pdf());

        var json = await Organizer.GetStringAsync($"/api/organizer/entries/{id}");
        var entry = JsonSerializer.Deserialize<EntryDetailsView>(json, ResponseJson.Web)!;

        Assert.Equal("Người lái đò <script>alert(1)</script>", entry.Title);
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", entry.UnitName);
        Assert.Equal("0912 345 678", entry.Author.Phone);
        Assert.Equal("Lâm Văn Tư", entry.Subject.Name);
        Assert.Matches("^[0-9a-f]{32}$", entry.File.ContentMd5);
        // On the wire, not just in the record: nothing named like a receipt goes out.
        Assert.DoesNotContain("receipt", json, StringComparison.OrdinalIgnoreCase);
    }
}
