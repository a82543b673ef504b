using System.Text;
using Microsoft.AspNetCore.Mvc;
using ContestServerless.Functions.Contest;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// An archived contest is read-only: every write route, found from the functions themselves so a new one is covered
/// without touching this test, answers 409 "Cuộc thi đã lưu trữ" before its function runs, but for what must still run
/// (privacy requests, staff, the list of contests, the archive package); its reads and public pages keep answering.
/// </summary>
[Collection(ContestLifecycleCollection.Name)]
public sealed class ContestArchiveTests(ContestLifecycleStack lifecycle)
{
    private const string Archived = ContestLifecycleStack.Archived;

    private ContestStack Stack => lifecycle.Stack;

    /// <summary>Every method and route that writes, with the function's name; a route about one contest names the archived one.</summary>
    private static IEnumerable<(string Function, string Method, string Path)> WriteRoutes() =>
        from function in FunctionCatalog.App.Http
        from method in function.Methods.Select(m => m.ToUpperInvariant())
        where method is not ("GET" or "HEAD" or "OPTIONS")
        select (function.Name, method, "/api/" + RouteGroup.WithExampleValues(function.Route.Replace("organizer/contests/{id}", $"organizer/contests/{Archived}")));

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add(ContestRequest.Header, Archived);
        request.Headers.Add("X-Unit-Link", ContestLifecycleStack.Unit + "~1~4102444800~AAAA");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_archived_contest_is_listed_as_archived_with_who_archived_it()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var settings = await (await organizer.GetAsync($"/api/organizer/contests/{Archived}")).ReadAs<ContestSettingsView>();
        var listed = await (await Stack.Http.GetAsync("/api/contests")).ReadAs<List<ContestSummaryView>>();

        Assert.Equal("archived", settings.Status);
        Assert.Equal(TestStaff.Secretary, settings.Archived?.By);
        Assert.Equal("archived", Assert.Single(listed, c => c.Id == Archived).Status);
    }

    [Fact]
    public async Task Archiving_twice_is_a_409()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await organizer.PostAsync($"/api/organizer/contests/{Archived}/archive", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Cuộc thi đã lưu trữ", (await response.ReadProblem()).Title);
    }

    [Fact]
    public void The_write_routes_are_found()
    {
        var functions = WriteRoutes().Select(r => r.Function).ToHashSet();

        Assert.Superset(new HashSet<string> { "CreateEntry", "SaveContestSettings", "ExtendContest", "SaveUnit", "SaveScore", "FileQuickReport", "DeleteContest" }, functions);
        Assert.Subset(functions, ContestRequest.OpenWhenArchived.ToHashSet());
    }

    [Fact]
    public async Task Every_write_to_an_archived_contest_answers_409_but_what_must_still_run()
    {
        using var staff = await lifecycle.SignInAsStaffAsync();
        var failures = new List<string>();

        foreach (var (function, method, path) in WriteRoutes().Where(r => !ContestRequest.OpenWhenArchived.Contains(r.Function)))
        {
            var response = await SendAsync(staff, method, path);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Conflict || !body.Contains("Cuộc thi đã lưu trữ", StringComparison.Ordinal))
                failures.Add($"{function} {method} {path}: {(int)response.StatusCode} {body}");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task What_must_still_run_reaches_its_function_on_an_archived_contest()
    {
        using var staff = await lifecycle.SignInAsStaffAsync();
        var failures = new List<string>();

        // Deleting reaches its function too, and removes an archived contest as a whole (ContestDeletionTests); not this
        // fixture's, which the other tests read.
        foreach (var (function, method, path) in WriteRoutes().Where(r => ContestRequest.OpenWhenArchived.Contains(r.Function) && r.Function != "DeleteContest"))
        {
            var response = await SendAsync(staff, method, path);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains("Cuộc thi đã lưu trữ", StringComparison.Ordinal) || (int)response.StatusCode >= 500)
                failures.Add($"{function} {method} {path}: {(int)response.StatusCode} {body}");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Reads_the_public_results_page_and_the_archive_package_keep_working()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var inArchived = ContestClients.In(organizer, Archived);

        var entries = await inArchived.GetAsync("/api/organizer/entries");
        var results = await Stack.Http.GetAsync($"/api/results?contest={Archived}");
        var resultsPage = await Stack.Http.GetAsync($"/ket-qua.html?contest={Archived}");
        var package = await organizer.PostAsync($"/api/organizer/contests/{Archived}/archive-package", null);

        Assert.Equal(HttpStatusCode.OK, entries.StatusCode);
        Assert.True((int)results.StatusCode < 500 && results.StatusCode != HttpStatusCode.Conflict, $"{(int)results.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, resultsPage.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, package.StatusCode);
        await Eventually.WaitAsync(async () =>
            (await organizer.GetAsync($"/api/organizer/contests/{Archived}/archive-package?view=state")).StatusCode == HttpStatusCode.OK, "the archive package");
    }

    [Theory]
    [InlineData("POST", "SaveUnit", true)]
    [InlineData("PUT", "SaveContestSettings", true)]
    [InlineData("DELETE", "ClearCopy", true)]
    [InlineData("GET", "ListEntries", false)]
    [InlineData("POST", "FilePrivacyRequest", false)]
    [InlineData("POST", "CreateContest", false)]
    public async Task The_one_rule_both_hosts_run_refuses_a_write_to_an_archived_contest(string method, string function, bool refused)
    {
        await using var invocation = Stack.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = invocation.ServiceProvider };
        http.Request.Method = method;
        http.Request.Headers[ContestRequest.Header] = Archived;

        var answer = ContestRequest.Choose(http.Request, invocation.ServiceProvider, function);

        Assert.Equal(refused, answer is ObjectResult { StatusCode: StatusCodes.Status409Conflict });
        Assert.Equal(refused, answer is not null);
    }

    [Fact]
    public async Task Another_contest_takes_writes_while_one_is_archived()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var unit = await TestUnits.AddAsync(organizer, "van-ghi-duoc");

        Assert.Equal("van-ghi-duoc", unit);
    }
}
