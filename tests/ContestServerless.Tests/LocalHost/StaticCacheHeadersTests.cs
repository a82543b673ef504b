using System.Text.Json.Nodes;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.LocalHost;

/// <summary>
/// The local host gives the static files the Cache-Control that web/staticwebapp.config.json's routes give them on
/// Static Web Apps, read from that file, and leaves the functions' own (CachePolicy) alone.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class StaticCacheHeadersTests(ContestStack stack)
{
    /// <summary>The Cache-Control the config file's rule for a route pattern sets.</summary>
    private static string ConfiguredCacheControl(string route)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(LocalHostApp.FindRepositoryRoot(), "web", "staticwebapp.config.json")))!;
        var rule = config["routes"]!.AsArray().Single(r => r!["route"]!.GetValue<string>() == route)!;
        return rule["headers"]!["Cache-Control"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_vendored_asset_carries_the_cache_header_of_the_vendor_rule()
    {
        var expected = ConfiguredCacheControl("/vendor/*");

        using var response = await stack.Http.GetAsync("/vendor/altcha/altcha.min.js");

        response.EnsureSuccessStatusCode();
        Assert.Equal(expected, response.Headers.CacheControl?.ToString());
        Assert.Contains("max-age=", expected);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/rules.html")]
    [InlineData("/js/home.js")]
    [InlineData("/css/site.css")]
    public async Task A_page_and_its_unversioned_scripts_and_styles_are_revalidated_before_use(string path)
    {
        var expected = ConfiguredCacheControl("/*.{html,js,css,svg,txt}");

        using var response = await stack.Http.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal(expected, response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.CacheControl!.NoCache);
    }

    [Theory]
    [InlineData("/admin/index.html")]
    [InlineData("/admin/")]
    public async Task An_organizers_page_takes_only_its_guarding_rule_as_the_platform_applies_the_first_match(string path)
    {
        using var response = await stack.Http.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task A_public_api_answer_keeps_no_cache_header_from_the_config()
    {
        using var response = await stack.Http.GetAsync("/api/contest");

        response.EnsureSuccessStatusCode();
        Assert.Null(response.Headers.CacheControl);
        Assert.Contains("X-Contest", response.Headers.Vary);
    }
}
