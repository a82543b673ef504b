using System.Net;
using System.Web;
using ContestServerless.Domain.Entries;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Tests.Storage;

[Collection(StackCollection.Name)]
public sealed class UploadLinkTests(ContestStack stack)
{
    private static readonly HttpClient Storage = new();
    private readonly IEntryFiles _files = stack.Services.GetRequiredService<IEntryFiles>();

    private Task<Uri> LinkFor(string blobName) =>
        _files.CreateUploadLinkAsync(blobName, DateTimeOffset.UtcNow.AddMinutes(15), CancellationToken.None);

    private static Uri SameSignatureFor(Uri link, string otherBlobName) =>
        new(link.GetLeftPart(UriPartial.Path)[..(link.GetLeftPart(UriPartial.Path).LastIndexOf('/') + 1)] + otherBlobName + link.Query);

    [Fact]
    public async Task An_upload_link_creates_its_own_blob()
    {
        var link = await LinkFor("so-noi-vu/LINK000001.pdf");

        var response = await Entrant.UploadAsync(link, TestFiles.Pdf());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(TestFiles.Pdf().Length, await _files.GetSizeAsync("so-noi-vu/LINK000001.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task An_upload_link_cannot_write_any_other_blob()
    {
        var link = await LinkFor("so-noi-vu/LINK000002.pdf");

        var response = await Entrant.UploadAsync(SameSignatureFor(link, "LINK000003.pdf"), TestFiles.Pdf());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await _files.GetSizeAsync("so-noi-vu/LINK000003.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task An_upload_link_cannot_read_overwrite_or_list()
    {
        var link = await LinkFor("so-noi-vu/LINK000004.pdf");
        await Entrant.UploadAsync(link, TestFiles.Pdf());

        var read = await Storage.GetAsync(link);
        var overwrite = await Entrant.UploadAsync(link, TestFiles.Docx());
        var list = await Storage.GetAsync(new Uri(link.GetLeftPart(UriPartial.Authority) + "/devstoreaccount1/entries" + link.Query + "&restype=container&comp=list"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, overwrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task The_link_the_api_hands_out_is_create_only_and_expires_within_15_minutes()
    {
        var before = DateTimeOffset.UtcNow;
        var (_, link) = await new Entrant(stack.Http).CreateAsync(Entrant.Form());

        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("c", query["sp"]);
        Assert.Equal("b", query["sr"]);
        Assert.InRange(DateTimeOffset.Parse(query["se"]!), before, before.AddMinutes(15).AddSeconds(5));
    }
}
