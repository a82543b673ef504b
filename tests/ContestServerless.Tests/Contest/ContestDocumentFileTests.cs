using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A contest's document files: uploaded by an organizer straight to the contest's own container, checked where they
/// lie (a PDF, at most 20 MB; anything else refused and deleted), and served at the site's own address. A file of one
/// contest is not reachable through another's routes. (An archived contest refuses both upload routes with 409:
/// ContestArchiveTests covers every write route.)
/// </summary>
public sealed class ContestDocumentFileTests(TwoContestStack two) : IClassFixture<TwoContestStack>
{
    private static readonly HttpClient Storage = new();

    private ContestStack Stack => two.Stack;

    private static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static async Task<ContestDocumentUploadView> UploadAsync(HttpClient organizer, string contest, byte[] content)
    {
        var upload = await (await organizer.PostAsync($"/api/organizer/contests/{contest}/documents/upload", null)).ReadAs<ContestDocumentUploadView>();
        using var put = new HttpRequestMessage(HttpMethod.Put, upload.UploadUrl) { Content = new ByteArrayContent(content) };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        (await Storage.SendAsync(put)).EnsureSuccessStatusCode();
        return upload;
    }

    private static Task<HttpResponseMessage> AttachAsync(HttpClient organizer, string contest, string blob) =>
        organizer.PostAsJsonAsync($"/api/organizer/contests/{contest}/documents/file", new { blob });

    private HttpClient NotFollowing() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Stack.BaseAddress };

    [Fact]
    public async Task A_pdf_is_served_back_byte_identical_at_its_public_address_as_application_pdf()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var content = Pdf();
        var upload = await UploadAsync(organizer, TwoContestStack.Second, content);

        var attached = await (await AttachAsync(organizer, TwoContestStack.Second, upload.Blob)).ReadAs<ContestDocumentFileView>();
        using var anonymous = NotFollowing();
        var address = await anonymous.GetAsync(attached.Url);
        var served = await Storage.GetAsync(address.Headers.Location);

        Assert.Equal($"/api/contests/{TwoContestStack.Second}/documents/{upload.Blob}", attached.Url);
        Assert.Equal(ContestDocumentFileService.MaxBytes, upload.MaxBytes);
        Assert.Equal(HttpStatusCode.Redirect, address.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(content, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_documents_uploaded_pdf_travels_in_the_contests_archive_package_byte_for_byte()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var content = Pdf();
        var upload = await UploadAsync(organizer, TwoContestStack.Second, content);
        var attached = await (await AttachAsync(organizer, TwoContestStack.Second, upload.Blob)).ReadAs<ContestDocumentFileView>();
        var settingsAddress = $"/api/organizer/contests/{TwoContestStack.Second}";
        var read = await organizer.GetAsync(settingsAddress);
        var settings = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        var document = settings["documents"]!.AsArray()[0]!.AsObject();
        document["url"] = attached.Url;
        using (var put = new HttpRequestMessage(HttpMethod.Put, settingsAddress) { Content = JsonContent.Create(settings) })
        {
            put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
            (await organizer.SendAsync(put)).EnsureSuccessStatusCode();
        }

        var package = $"{settingsAddress}/archive-package";
        Assert.Equal(HttpStatusCode.Accepted, (await organizer.PostAsync(package, null)).StatusCode);
        await Eventually.WaitAsync(async () => (await organizer.GetAsync($"{package}?view=state")).StatusCode == HttpStatusCode.OK, "the archive package to be built");
        using var zip = new ZipArchive(new MemoryStream(await Storage.GetByteArrayAsync((await organizer.GetAsync(package)).Headers.Location!)));
        var held = Assert.Single(zip.Entries, e => e.FullName.StartsWith(ArchiveDocuments.Folder + "/", StringComparison.Ordinal) && e.FullName.EndsWith(upload.Blob, StringComparison.Ordinal));
        using var copy = new MemoryStream();
        await (await held.OpenAsync()).CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        await using var manifest = await zip.GetEntry(ArchivePackageZip.ManifestFileName)!.OpenAsync();
        Assert.Equal(1, ArchivePackageZip.ReadManifest(manifest)!.Counts.Documents);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_by_field_and_deleted()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var upload = await UploadAsync(organizer, TwoContestStack.Second, "PK\u0003\u0004 not a PDF"u8.ToArray());

        var response = await AttachAsync(organizer, TwoContestStack.Second, upload.Blob);
        var again = await AttachAsync(organizer, TwoContestStack.Second, upload.Blob);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Tệp không phải định dạng PDF; vui lòng chọn tệp PDF.", Assert.Single((await response.ReadProblem()).Errors["blob"]));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_pdf_over_the_limit_is_refused_by_field_and_deleted()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var upload = await UploadAsync(organizer, TwoContestStack.Second, Pdf((int)ContestDocumentFileService.MaxBytes + 1));

        var response = await AttachAsync(organizer, TwoContestStack.Second, upload.Blob);
        var again = await AttachAsync(organizer, TwoContestStack.Second, upload.Blob);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Tệp vượt quá dung lượng tối đa 20 MB.", Assert.Single((await response.ReadProblem()).Errors["blob"]));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Another_contests_file_can_be_neither_attached_nor_served_through_this_contests_routes()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var first = Stack.DefaultContestId();
        var upload = await UploadAsync(organizer, TwoContestStack.Second, Pdf());
        (await AttachAsync(organizer, TwoContestStack.Second, upload.Blob)).EnsureSuccessStatusCode();

        var attached = await AttachAsync(organizer, first, upload.Blob);
        using var anonymous = NotFollowing();
        var served = await anonymous.GetAsync($"/api/contests/{first}/documents/{upload.Blob}");
        var madeUp = await anonymous.GetAsync($"/api/contests/{TwoContestStack.Second}/documents/..%2Fentries.pdf");

        Assert.Equal(HttpStatusCode.NotFound, attached.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
    }
}
