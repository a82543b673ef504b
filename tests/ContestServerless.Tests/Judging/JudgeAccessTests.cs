using ContestServerless.Domain.Staff;

namespace ContestServerless.Tests.Judging;

[Collection(StackCollection.Name)]
public sealed class JudgeAccessTests(ContestStack stack)
{
    /// <summary>Every judge route, found from the functions themselves so a new one cannot slip through unguarded.</summary>
    public static TheoryData<string, string> JudgeRoutes() => RouteGroup.Calls("judge/", route => route.Replace("{id}", "ABC-234"));

    [Fact]
    public void There_are_judge_routes_to_guard()
    {
        Assert.True(JudgeRoutes().Count >= 5);
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { reason = "x", comment = "x" }) };

    [Theory]
    [MemberData(nameof(JudgeRoutes))]
    public async Task Judge_routes_answer_401_without_a_user_and_403_without_the_judge_role(string method, string path)
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var anonymous = await stack.Http.SendAsync(Request(method, path));
        var notAJudge = await organizer.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAJudge.StatusCode);
    }

    [Fact]
    public async Task Round_routes_are_the_organizers_only()
    {
        using var judge = await stack.SignInAsync("gk.khac@example.org", StaffRoles.Judge);

        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync("/api/organizer/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.PostAsync("/api/organizer/rounds/r1/assignments", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync("/api/organizer/rounds/r1/ranking")).StatusCode);
    }
}
