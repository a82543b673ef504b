using System.Collections.Immutable;
using System.Text;
using ContestServerless.Functions.Http;
using ContestServerless.Functions.Staff;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Privacy;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Http;

/// <summary>
/// Every answer of the API is <c>no-store</c> unless its function is on the short public list, found from the
/// functions themselves so a new route is covered without touching the test.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class NoStoreTests(ContestStack stack)
{
    private static IEnumerable<(string Method, string Path, string Function)> Routes() =>
        from function in FunctionCatalog.App.Http
        from method in function.Methods
        select (method.ToUpperInvariant(), "/api/" + function.Route.Replace("{id}", "K7P29XQ4MZ").Replace("{code}", "AB12CD")
            .Replace("{email}", "a@example.org").Replace("{unitId}", "so-noi-vu").Replace("{version}", "1").Replace("{entryId}", "K7P29XQ4MZ"),
            function.Name);

    public static TheoryData<string, string> PrivateRoutes()
    {
        var data = new TheoryData<string, string>();
        // The roles source is refused by the platform before any function runs (LocalAccess.UseRolesSourceGuard); the
        // worker's rule for the function itself is the last test below.
        foreach (var (method, path, _) in Routes().Where(r => !CachePolicy.PublicFunctions.Contains(r.Function) && r.Function != nameof(StaffFunctions.GetRoles)))
            data.Add(method, path);
        return data;
    }

    public static TheoryData<string, string> PublicRoutes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, path, _) in Routes().Where(r => CachePolicy.PublicFunctions.Contains(r.Function))) data.Add(method, path);
        return data;
    }

    private static HttpRequestMessage Call(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method is "POST" or "PUT" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };

    [Fact]
    public void The_private_routes_include_every_entrant_unit_and_judge_route()
    {
        var paths = PrivateRoutes().Select(row => $"{row[0]} {row[1]}").ToList();

        Assert.Contains("GET /api/entries/K7P29XQ4MZ", paths);
        Assert.Contains("GET /api/entries/K7P29XQ4MZ/personal-data", paths);
        Assert.Contains("GET /api/entries/K7P29XQ4MZ/personal-data/download", paths);
        Assert.Contains("GET /api/results/entries/K7P29XQ4MZ", paths);
        Assert.Contains("GET /api/unit", paths);
        Assert.Contains("GET /api/judge/entries/AB12CD/file", paths);
        Assert.Contains(paths, p => p.StartsWith("GET /api/organizer/", StringComparison.Ordinal));
        Assert.Equal(["GET /api/contest", "GET /api/privacy", "GET /api/results", "GET /api/units"],
            PublicRoutes().Select(row => $"{row[0]} {row[1]}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PrivateRoutes))]
    public async Task A_private_route_answers_no_store_whatever_its_status(string method, string path)
    {
        var response = await stack.Http.SendAsync(Call(method, path));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task A_public_route_may_be_cached(string method, string path)
    {
        var response = await stack.Http.SendAsync(Call(method, path));

        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task The_entrants_data_download_is_no_store_when_it_succeeds()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var download = await entrant.GetAsync("/personal-data/download");
        var lookup = await stack.Http.GetAsync($"/api/entries/{entrant.Id}?receipt={entrant.Code}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal("no-store", lookup.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("DownloadEntrantData", "no-store")]
    [InlineData(nameof(StaffFunctions.GetRoles), "no-store")]
    [InlineData("GetContest", null)]
    public async Task The_functions_worker_applies_the_same_rule(string function, string? expected)
    {
        var http = new DefaultHttpContext();
        var context = new WorkerCall(function, http);
        var ran = false;

        await new NoStoreMiddleware().Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.True(ran);
        Assert.Equal(expected, http.Response.Headers.CacheControl.ToString() is { Length: > 0 } value ? value : null);
    }
}
