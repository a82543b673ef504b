using System.Net;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Standing;
using ContestServerless.Functions.Storage;
using ContestServerless.Functions.Units;
using ContestServerless.Tests.Judging;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A stack holding the deployment's first contest and a second one stored beside it, both with a unit "so-noi-vu" (the
/// same id, as a register copied into a new edition has): what one contest issues must open nothing in the other.
/// </summary>
public sealed class TwoContestStack() : SeededStack(new ContestStack())
{
    public const string Second = "thu-nghiem-2027";
    public const string Unit = "so-noi-vu";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestContests.AddAsync(Stack, Second, "Cuộc thi thử nghiệm năm 2027");
        using var second = ContestClients.In(organizer, Second);
        await TestUnits.AddAsync(second, Unit);
    }
}

public sealed class ContestIsolationTests(TwoContestStack two) : IClassFixture<TwoContestStack>
{
    private ContestStack Stack => two.Stack;

    private static async Task<(HttpStatusCode Status, string Body)> AnswerOf(HttpResponseMessage response) =>
        (response.StatusCode, await response.Content.ReadAsStringAsync());

    private async Task<string> LinkTokenAsync(HttpClient organizer)
    {
        var path = (await (await organizer.GetAsync($"/api/organizer/units/{TwoContestStack.Unit}/link")).ReadAs<UnitLinkView>()).Path;
        return Uri.UnescapeDataString(path[(path.IndexOf("#t=", StringComparison.Ordinal) + 3)..]);
    }

    private Task<HttpResponseMessage> PortalAsync(string token, string? contestId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/unit");
        request.Headers.Add("X-Unit-Link", token);
        if (contestId is not null) request.Headers.Add(ContestRequest.Header, contestId);
        return Stack.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_unit_link_of_one_contest_opens_nothing_in_another_and_answers_as_a_made_up_one()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var second = ContestClients.In(organizer, TwoContestStack.Second);
        var firstToken = await LinkTokenAsync(organizer);
        var secondToken = await LinkTokenAsync(second);

        Assert.Equal(HttpStatusCode.OK, (await PortalAsync(firstToken, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PortalAsync(secondToken, TwoContestStack.Second)).StatusCode);
        var madeUp = await AnswerOf(await PortalAsync(TwoContestStack.Unit + "~1~4102444800~AAAA", TwoContestStack.Second));
        Assert.Equal(HttpStatusCode.Unauthorized, madeUp.Status);
        Assert.Equal(madeUp, await AnswerOf(await PortalAsync(firstToken, TwoContestStack.Second)));
        Assert.Equal(madeUp, await AnswerOf(await PortalAsync(secondToken, null)));
    }

    [Fact]
    public async Task The_second_contests_unit_link_names_its_contest_in_its_address()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var second = ContestClients.In(organizer, TwoContestStack.Second);

        var first = (await (await organizer.GetAsync($"/api/organizer/units/{TwoContestStack.Unit}/link")).ReadAs<UnitLinkView>()).Path;
        var other = (await (await second.GetAsync($"/api/organizer/units/{TwoContestStack.Unit}/link")).ReadAs<UnitLinkView>()).Path;

        Assert.StartsWith("/unit/#t=", first);
        Assert.StartsWith($"/unit/?contest={TwoContestStack.Second}#t=", other);
    }

    [Fact]
    public async Task An_entry_lands_counts_and_is_found_only_in_the_contest_it_was_sent_to()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var second = ContestClients.In(organizer, TwoContestStack.Second);
        var firstBefore = await (await organizer.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
        using var publicSecond = ContestClients.In(Stack.Http, TwoContestStack.Second);
        var entrant = new Entrant(publicSecond);

        var (id, uploadUrl) = await entrant.CreateAsync(Entrant.Form(size: TestFiles.Pdf().Length, unitId: TwoContestStack.Unit, email: "hai-cuoc-thi@example.org"));
        (await Entrant.UploadAsync(uploadUrl, TestFiles.Pdf())).EnsureSuccessStatusCode();
        // The submit key and the entry itself belong to the second contest: the default contest knows neither.
        var elsewhere = await new Entrant(Stack.Http).SubmitAsync(id, entrant.SubmitKeyOf(id));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        var receipt = await (await entrant.SubmitAsync(id)).ReadAs<ReceiptView>();

        Assert.Equal(HttpStatusCode.OK, (await publicSecond.GetAsync($"/api/entries/{id}?receipt={receipt.ReceiptCode}")).StatusCode);
        var madeUp = await AnswerOf(await Stack.Http.GetAsync($"/api/entries/{id}?receipt=AAAA-AAAA"));
        Assert.Equal(HttpStatusCode.NotFound, madeUp.Status);
        Assert.Equal(madeUp.Status, (await Stack.Http.GetAsync($"/api/entries/{id}?receipt={receipt.ReceiptCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync($"/api/organizer/entries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync($"/api/organizer/entries/{id}")).StatusCode);

        var secondStanding = await (await second.GetAsync("/api/organizer/standing")).ReadAs<StandingView>();
        Assert.Equal(1, secondStanding.EntriesReceived);
        Assert.Equal(firstBefore.EntriesReceived, (await (await organizer.GetAsync("/api/organizer/standing")).ReadAs<StandingView>()).EntriesReceived);

        // The receipt goes out from the queue in the second contest's scope, under its name.
        await Eventually.WaitAsync(() => Stack.Outbox.Messages.Any(m => m.To.Contains("hai-cuoc-thi@example.org")), "the second contest's receipt");
        var mail = Stack.Outbox.Messages.Single(m => m.To.Contains("hai-cuoc-thi@example.org"));
        Assert.Contains(receipt.ReceiptCode, mail.PlainText);
    }

    [Fact]
    public async Task A_judges_sealed_code_of_one_contest_opens_nothing_in_another_and_answers_as_a_made_up_one()
    {
        const string judge = "gk.hai-cuoc-thi@example.org";
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await TestJudging.AddJudgesAsync(organizer, (judge, "Giám khảo Hai Cuộc Thi", null));
        await new Entrant(Stack.Http).EnterEssayAsync(TwoContestStack.Unit, "Người gác đèn biển", "Tác Giả Phách", "Câu chuyện về người gác đèn.", null);
        var now = DateTimeOffset.UtcNow;
        var round = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo hai cuộc thi", [judge], 1, now.AddHours(-1), now.AddDays(14));
        var code = (await organizer.RankingAsync(round)).Entries[0].Code;
        using var judgeClient = await Stack.SignInAsync(judge, StaffRoles.Judge);
        using var judgeInSecond = ContestClients.In(judgeClient, TwoContestStack.Second);

        var own = await judgeClient.GetAsync($"/api/judge/entries/{code}");
        var elsewhere = await AnswerOf(await judgeInSecond.GetAsync($"/api/judge/entries/{code}"));
        // Of the same shape as the real code; the second contest holds no round, so it names nothing there.
        var other = code[..^1] + (code[^1] == '7' ? '8' : '7');
        var madeUp = await AnswerOf(await judgeInSecond.GetAsync($"/api/judge/entries/{other}"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        Assert.Equal(madeUp.Body.Replace(other, code, StringComparison.Ordinal), elsewhere.Body);
    }

    [Theory]
    [InlineData("khong-co-cuoc-thi-nay")]
    [InlineData("../soc-trang-2018")]
    [InlineData("SOC-TRANG-2018")]
    public async Task A_request_naming_a_contest_that_is_not_stored_is_not_found(string contestId)
    {
        var response = await Stack.Http.GetAsync($"/api/contest?contest={Uri.EscapeDataString(contestId)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy cuộc thi", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_query_names_the_contest_as_the_header_does()
    {
        var byQuery = await (await Stack.Http.GetAsync($"/api/contest?contest={TwoContestStack.Second}")).ReadAs<System.Text.Json.Nodes.JsonObject>();
        using var second = ContestClients.In(Stack.Http, TwoContestStack.Second);
        var byHeader = await (await second.GetAsync("/api/contest")).ReadAs<System.Text.Json.Nodes.JsonObject>();

        Assert.Equal(TwoContestStack.Second, byQuery["id"]!.GetValue<string>());
        Assert.Equal(TwoContestStack.Second, byHeader["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_route_about_one_contest_serves_the_contest_in_its_path_whatever_the_working_contest()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        using var workingOnFirst = ContestClients.In(organizer, Stack.Services.GetRequiredService<ContestDirectory>().DefaultId);

        var response = await workingOnFirst.PostAsync($"/api/organizer/contests/{TwoContestStack.Second}/archive-package", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/organizer/contests/{TwoContestStack.Second}/archive-package", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_functions_worker_chooses_the_named_contest_in_the_invocations_scope_not_the_requests()
    {
        await using var invocation = Stack.Services.CreateAsyncScope();
        await using var aspNetRequest = Stack.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = aspNetRequest.ServiceProvider };
        http.Request.Headers[ContestRequest.Header] = TwoContestStack.Second;
        var context = new WorkerCall("GetContest", http) { InstanceServices = invocation.ServiceProvider };
        string? served = null;

        await new ContestDirectoryMiddleware(Stack.Services.GetRequiredService<ContestsReady>()).Invoke(context, call =>
        {
            served = call.InstanceServices.GetRequiredService<ContestRecord>().Id;
            return Task.CompletedTask;
        });

        Assert.Equal(TwoContestStack.Second, served);
        Assert.Equal(Stack.Services.GetRequiredService<ContestDirectory>().Find(TwoContestStack.Second)!.StorageKey,
            invocation.ServiceProvider.GetRequiredService<ContestTables>().StorageKey);
    }
}
