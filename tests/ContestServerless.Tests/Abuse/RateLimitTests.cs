namespace ContestServerless.Tests.Abuse;

/// <summary>Limits per client and per e-mail address, kept in Table storage, answered with 429 and Retry-After.</summary>
[Collection(AbuseStackCollection.Name)]
public sealed class RateLimitTests(AbuseStack abuse)
{
    private async Task<HttpResponseMessage> CreateAsync(ContestStack stack, string email)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/entries") { Content = JsonContent.Create(Entrant.Form(email: email)) };
        request.Headers.Add("X-Altcha", await PowSolver.FetchAndSolveAsync(stack.Http));
        return await stack.Http.SendAsync(request);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response, string detailStart)
    {
        var problem = await response.ReadProblem();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal("Có quá nhiều yêu cầu", problem.Title);
        Assert.StartsWith(detailStart, problem.Detail);
        Assert.Matches(@"Vui lòng thử lại sau \d+ phút\.$", problem.Detail);
    }

    [Fact]
    public async Task An_address_used_for_more_entries_than_allowed_gets_429_and_others_are_not_affected()
    {
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(abuse.Stack, "nhieu-bai@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateAsync(abuse.Stack, "NHIEU-BAI@example.org")).StatusCode);

        var third = await CreateAsync(abuse.Stack, "nhieu-bai@example.org");
        var someoneElse = await CreateAsync(abuse.Stack, "nguoi-khac@example.org");

        await AssertTooManyAsync(third, "Địa chỉ E-mail này đã được dùng cho nhiều bài dự thi");
        Assert.Equal(HttpStatusCode.Created, someoneElse.StatusCode);
    }

    [Fact]
    public async Task One_client_creating_more_entries_than_allowed_gets_429_until_its_window_ends()
    {
        var stack = new ContestStack { Settings = { ["Abuse:Enabled"] = "true", ["Abuse:CreatesPerClient"] = "2", ["Abuse:ChallengeMaxNumber"] = "500" } };
        await stack.InitializeAsync();
        try
        {
            Assert.Equal(HttpStatusCode.Created, (await CreateAsync(stack, "a@example.org")).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await CreateAsync(stack, "b@example.org")).StatusCode);

            var third = await CreateAsync(stack, "c@example.org");

            await AssertTooManyAsync(third, "Có quá nhiều bài dự thi được gửi từ cùng một nơi");
            Assert.InRange(third.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(50), TimeSpan.FromHours(1));
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_client_guessing_receipt_codes_is_refused_for_a_while()
    {
        var stack = new ContestStack { Settings = { ["Abuse:Enabled"] = "true", ["Abuse:WrongCodesPerClient"] = "3", ["Abuse:ChallengeMaxNumber"] = "500" } };
        await stack.InitializeAsync();
        try
        {
            var (id, _) = await new Entrant(stack.Http).CreateAsync(Entrant.Form(), await PowSolver.FetchAndSolveAsync(stack.Http));
            for (var i = 0; i < 3; i++)
                Assert.Equal(HttpStatusCode.NotFound, (await stack.Http.GetAsync($"/api/entries/{id}?receipt=AAAA-AAA{i}")).StatusCode);

            var blocked = await stack.Http.GetAsync($"/api/entries/{id}?receipt=AAAA-AAAZ");

            await AssertTooManyAsync(blocked, "Đã nhập sai mã biên nhận quá nhiều lần.");
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }
}
