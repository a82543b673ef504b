using System.Collections.Immutable;
using System.Text;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using ContestServerless.LocalHost;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Http;

/// <summary>
/// The sign-in check of a route group answers before the function runs: a call without the group's role gets its 401
/// or 403 even when the function itself would refuse the body, in the local host and in the Functions worker alike.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SignInTests(ContestStack stack)
{
    // Function names, not class names: the names are the contract (functions.metadata), the classes may merge.
    private const string OrganizerFunction = "GetStanding";
    private const string PublicFunction = "GetContest";

    /// <summary>Every route of a group that takes a body, found from the functions themselves.</summary>
    public static TheoryData<string, string> GuardedRoutesWithABody() =>
        RouteGroup.Calls(route => SignIn.GroupOf(route) is not null, RouteGroup.WithExampleValues, method => method is "POST" or "PUT" or "PATCH");

    private static HttpRequestMessage Malformed(string method, string path) =>
        new(new HttpMethod(method), path) { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") };

    [Fact]
    public void There_are_guarded_routes_taking_a_body()
    {
        Assert.True(GuardedRoutesWithABody().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(GuardedRoutesWithABody))]
    public async Task A_guarded_route_answers_401_to_a_malformed_body_from_nobody(string method, string path)
    {
        var forged = Malformed(method, path);
        forged.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(TestStaff.Organizer));

        var anonymous = await stack.Http.SendAsync(Malformed(method, path));
        var withForgedHeader = await stack.Http.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Chưa đăng nhập", (await anonymous.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.Unauthorized, withForgedHeader.StatusCode);
    }

    [Theory]
    [MemberData(nameof(GuardedRoutesWithABody))]
    public async Task A_guarded_route_answers_403_to_a_malformed_body_from_the_wrong_role(string method, string path)
    {
        var wrongRole = path.StartsWith("/api/judge/") ? StaffRoles.Organizer : StaffRoles.Judge;
        using var client = await stack.SignInAsync("sai.vaitro@example.org", wrongRole);

        var response = await client.SendAsync(Malformed(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Không có quyền truy cập", (await response.ReadProblem()).Title);
    }

    [Fact]
    public void The_worker_reads_the_same_routes_as_the_local_host()
    {
        var worker = SignIn.ReadRoutes(typeof(AppSetup).Assembly);

        Assert.Equal(
            FunctionCatalog.App.Http.Select(f => (f.Name, f.Route)).Order(),
            worker.Select(pair => (pair.Key, pair.Value)).Order());
    }

    [Fact]
    public void Every_organizer_and_judge_function_is_in_a_route_group()
    {
        static bool InAGroup(string route) => route.StartsWith("organizer/") || route.StartsWith("judge/");
        var guarded = FunctionCatalog.App.Http.Where(f => SignIn.GroupOfFunction(f.Name) is not null).Select(f => f.Route).ToList();

        Assert.True(guarded.Count >= 70);
        Assert.Equal(FunctionCatalog.App.Http.Count(f => InAGroup(f.Route)), guarded.Count);
        Assert.All(guarded, route => Assert.True(InAGroup(route), route));
        Assert.Null(SignIn.GroupOfFunction(PublicFunction));
    }

    [Fact]
    public void A_function_outside_the_route_groups_has_no_signed_in_user()
    {
        var request = FunctionCalls.Request(stack.Services, "GET");
        request.Headers[ClientPrincipal.Header] = ClientPrincipal.Encode(TestStaff.Organizer);

        Assert.Throws<InvalidOperationException>(() => request.SignedInUser());
    }

    /// <summary>The worker's sign-in check on a call of <paramref name="function"/> by <paramref name="user"/> (null: nobody).</summary>
    private static async Task<(bool Ran, IActionResult? Answered)> GuardAsync(string function, SignedInUser? user)
    {
        var http = new DefaultHttpContext();
        if (user is not null) http.Request.Headers[ClientPrincipal.Header] = ClientPrincipal.Encode(user);
        var ran = false;
        IActionResult? answered = null;

        await SignInMiddleware.Guard(new WorkerCall(function, http), _ => { ran = true; return Task.CompletedTask; }, denied => answered = denied);

        return (ran, answered);
    }

    [Fact]
    public async Task The_worker_middleware_answers_an_anonymous_call_on_an_organizer_function_without_running_it()
    {
        var (ran, answered) = await GuardAsync(OrganizerFunction, user: null);

        Assert.False(ran);
        Assert.Equal(401, Assert.IsType<ObjectResult>(answered).StatusCode);
    }

    [Fact]
    public async Task The_worker_middleware_answers_403_to_a_judge_on_an_organizer_function()
    {
        var (ran, answered) = await GuardAsync(OrganizerFunction, TestStaff.Judge);

        Assert.False(ran);
        Assert.Equal(403, Assert.IsType<ObjectResult>(answered).StatusCode);
    }

    [Fact]
    public async Task The_worker_middleware_lets_an_organizer_in_and_keeps_the_user_for_the_function()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[ClientPrincipal.Header] = ClientPrincipal.Encode(TestStaff.Organizer);
        var context = new WorkerCall(OrganizerFunction, http);
        SignedInUser? seen = null;

        await SignInMiddleware.Guard(context, _ => { seen = http.Request.SignedInUser(); return Task.CompletedTask; },
            _ => Assert.Fail("An organizer was refused."));

        Assert.Equal(TestStaff.Organizer.UserId, seen?.UserId);
        Assert.True(SignInMiddleware.Guards(context));
        Assert.False(SignInMiddleware.Guards(new WorkerCall(PublicFunction, http)));
    }
}
