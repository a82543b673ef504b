using System.Text;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;

namespace ContestServerless.Tests.Staff;

/// <summary>Every organizer route, found from the functions themselves so a new one cannot slip through unguarded.</summary>
[Collection(StackCollection.Name)]
public sealed class OrganizerAccessTests(ContestStack stack)
{
    public static TheoryData<string, string> OrganizerRoutes() => RouteGroup.Calls("organizer/", RouteGroup.WithExampleValues);

    private static HttpRequestMessage Call(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };

    [Fact]
    public void There_are_organizer_routes_to_guard()
    {
        Assert.True(OrganizerRoutes().Count >= 20);
    }

    [Theory]
    [MemberData(nameof(OrganizerRoutes))]
    public async Task An_organizer_route_answers_401_without_a_user(string method, string path)
    {
        var response = await stack.Http.SendAsync(Call(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Chưa đăng nhập", (await response.ReadProblem()).Title);
    }

    [Theory]
    [MemberData(nameof(OrganizerRoutes))]
    public async Task An_organizer_route_answers_403_to_a_user_without_the_organizer_role(string method, string path)
    {
        using var judge = await stack.SignInAsync("giamkhao@example.org", StaffRoles.Judge);

        var response = await judge.SendAsync(Call(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(OrganizerRoutes))]
    public async Task A_forged_client_principal_sent_to_the_local_host_is_ignored(string method, string path)
    {
        var request = Call(method, path);
        request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(TestStaff.Organizer));

        var response = await stack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_cannot_raise_their_roles_by_adding_the_header()
    {
        using var judge = await stack.SignInAsync("giamkhao@example.org", StaffRoles.Judge);
        var request = Call("GET", "/api/organizer/standing");
        request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(TestStaff.Organizer));

        var response = await judge.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_organizer_is_let_in()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var response = await organizer.GetAsync("/api/organizer/standing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bnVsbA==")] // "null"
    [InlineData("eyJ1c2VyUm9sZXMiOlsib3JnYW5pemVyIl19")] // roles but no user id or name
    public void A_malformed_principal_header_means_nobody_is_signed_in(string header)
    {
        var request = FunctionCalls.Request(stack.Services, "GET");
        request.Headers[ClientPrincipal.Header] = header;

        Assert.Null(ClientPrincipal.Read(request));
    }
}
