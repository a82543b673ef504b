using System.Reflection;
using System.Text;
using System.Text.Json;
using ContestServerless.Functions.Http;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Common;

/// <summary>
/// Every date and time the API reads, found from the functions' <see cref="DateInputAttribute"/>s so a new one is covered
/// without touching this test, answers an impossible value with a 400 naming the field, never a 500. Values are sent as
/// the route reads them: in the query of a GET, in the JSON body otherwise; the unit portal's with a unit's link.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class DateInputTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private const string PortalUnit = "ngay-gio-thu";

    // Year 1 and year 10000 (the ends of DateTime and beyond), the last minutes of 9999 (no Vietnam instant after
    // +07:00), a day February never has, an offset no zone has, and the first values past the accepted years.
    private static readonly string[] ImpossibleInstants =
    [
        "0001-01-01T00:00", "01/01/0001 00:00", "10000-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59:59.9999999-12:00",
        "31/02/2018 08:00", "2018-02-31T08:00", "2018-05-01T08:00+25:00", "2018-05-01T08:00:00.000+25:00",
        "1999-12-31T23:59", "2101-01-01T00:00",
    ];

    private static readonly string[] ImpossibleDays =
    [
        "0001-01-01", "01/01/0001", "10000-01-01", "31/12/9999", "31/02/2018", "2018-02-31", "2018-05-01+25:00",
        "2018-05-01T08:00+25:00", "1999-12-31", "01/01/2101",
    ];

    public static TheoryData<string, string, string, DateInputKind> DateInputs()
    {
        var data = new TheoryData<string, string, string, DateInputKind>();
        foreach (var function in FunctionCatalog.App.Http)
            foreach (var input in DateInputAttribute.Of(function.Method))
                foreach (var method in function.Methods)
                    data.Add(method.ToUpperInvariant(), function.Route, input.Field, input.Kind);
        return data;
    }

    [Fact]
    public void The_routes_that_take_dates_are_found()
    {
        var routes = DateInputs().Select(row => (string)row[1]).ToHashSet();

        Assert.Superset(new HashSet<string> { "organizer/rounds", "organizer/results/publish", "organizer/privacy/retention", "organizer/late-links" }, routes);
    }

    [Theory]
    [MemberData(nameof(DateInputs))]
    public async Task An_impossible_date_is_a_field_error_never_a_server_error(string method, string route, string field, DateInputKind kind)
    {
        using var portal = route.StartsWith("unit/", StringComparison.Ordinal) ? await PortalAsync() : null;
        var client = portal ?? Organizer;
        var failures = new List<string>();

        foreach (var value in kind == DateInputKind.Day ? ImpossibleDays : ImpossibleInstants)
        {
            var response = await client.SendAsync(Request(method, route, field, value));

            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != ApiResults.ProblemContentType)
                failures.Add($"{value}: {(int)response.StatusCode} {body}");
            else if (!(await response.ReadProblem()).Errors.ContainsKey(field))
                failures.Add($"{value}: the problem does not name {field}: {body}");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_organizer_get_route_that_refuses_a_date_declares_it()
    {
        var fields = DateInputs().Select(row => (string)row[2]).ToHashSet();
        var query = string.Join('&', fields.Select(f => $"{f}=0001-01-01"));
        var failures = new List<string>();

        foreach (var function in FunctionCatalog.App.Http.Where(f => f.Route.StartsWith("organizer/", StringComparison.Ordinal) && f.Methods.Contains("get")))
        {
            var declared = DateInputAttribute.Of(function.Method).Select(d => d.Field).ToHashSet();
            var response = await Organizer.GetAsync($"{Path(function.Route)}?{query}");

            if (response.StatusCode == HttpStatusCode.InternalServerError)
                failures.Add($"{function.Route}: 500");
            else if (response.StatusCode == HttpStatusCode.BadRequest)
                failures.AddRange((await response.ReadProblem()).Errors.Keys
                    .Where(key => fields.Contains(key) && !declared.Contains(key))
                    .Select(key => $"{function.Route} reads the date {key} without [DateInput]"));
        }

        Assert.Empty(failures);
    }

    private static HttpRequestMessage Request(string method, string route, string field, string value) => method == "GET"
        ? new(HttpMethod.Get, $"{Path(route)}?{field}={Uri.EscapeDataString(value)}")
        : new(new HttpMethod(method), Path(route))
        {
            Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, string> { [field] = value }), Encoding.UTF8, "application/json"),
        };

    /// <summary>A route about one contest names the stack's own (an unknown one is a 404 before any field is read).</summary>
    private static string Path(string route) => "/api/" + route.Replace("organizer/contests/{id}", "organizer/contests/soc-trang-2018").Replace("{id}", "K7P29XQ4MZ").Replace("{email}", "a@example.org")
        .Replace("{unitId}", "so-noi-vu").Replace("{version}", "1");

    private async Task<HttpClient> PortalAsync()
    {
        var token = await TestUnits.LinkTokenAsync(Organizer, await TestUnits.AddAsync(Organizer, PortalUnit));
        return TestUnits.Portal(Stack, token);
    }
}
