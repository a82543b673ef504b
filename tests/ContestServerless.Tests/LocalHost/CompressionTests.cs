using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace ContestServerless.Tests.LocalHost;

/// <summary>
/// The local host compresses the site's text as Static Web Apps does, for a browser that asks (Accept-Encoding), so a
/// page's measured weight is what an entrant on a slow mobile network downloads; a client that does not ask gets it plain.
/// The functions' answers go as the Functions platform sends them: as written, uncompressed.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class CompressionTests(ContestStack stack)
{
    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
        var response = await stack.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static async Task<string> BrotliTextAsync(HttpResponseMessage response)
    {
        await using var brotli = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData("/rules.html", "<!doctype html>")]
    [InlineData("/css/site.css", "progress")]
    public async Task Text_comes_back_brotli_compressed_to_a_client_that_accepts_br(string path, string expected)
    {
        using var response = await GetAsync(path, "br");

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains(expected, await BrotliTextAsync(response));
    }

    [Theory]
    [InlineData("/rules.html", "<!doctype html>")]
    [InlineData("/css/site.css", "progress")]
    public async Task Text_comes_back_gzip_compressed_to_a_client_that_accepts_only_gzip(string path, string expected)
    {
        using var response = await GetAsync(path, "gzip");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Contains(expected, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData("/rules.html", "<!doctype html>")]
    [InlineData("/api/contest", "\"id\":")]
    public async Task Text_comes_back_uncompressed_to_a_client_that_does_not_ask(string path, string expected)
    {
        using var response = await GetAsync(path, acceptEncoding: null);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_function_answers_uncompressed_even_to_a_client_that_accepts_br()
    {
        using var response = await GetAsync("/api/contest", "br");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("\"id\":", await response.Content.ReadAsStringAsync());
    }
}
