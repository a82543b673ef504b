using System.Net;
using ContestServerless.Functions.Broadcasts;

namespace ContestServerless.Tests.Broadcasts;

/// <summary>
/// Organizers write to an audience over the API: the count and one rendered message first, then 202 and progress;
/// nothing goes to nobody, a misspelt field is refused, and two organizers starting the same broadcast at once send
/// it once. In a contest of its own, whose register holds only these tests' units.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BroadcastApiTests(ContestStack stack) : IAsyncLifetime
{
    private const string ContestId = "thu-hang-loat-api";
    private HttpClient _organizer = null!;

    public async Task InitializeAsync()
    {
        var fresh = !stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().All.Any(c => c.Id == ContestId);
        if (fresh) await TestContests.AddAsync(stack, ContestId, "Cuộc thi thử gửi thư hàng loạt");
        _organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), ContestId);
        if (fresh)
            foreach (var unit in new[] { "hl-api-a", "hl-api-b", "hl-api-c" }) await TestUnits.AddAsync(_organizer, unit);
    }

    public Task DisposeAsync()
    {
        _organizer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Without_confirming_it_answers_how_many_it_reaches_and_one_message_as_it_will_read()
    {
        var response = await _organizer.PostAsJsonAsync("/api/organizer/broadcasts", new
        {
            audience = "units-without-entry",
            subject = "Thư gửi {{ten_don_vi}}",
            body = "Kính gửi {{nguoi_nhan}},\n\nĐơn vị đã có {{so_bai}} bài. Hạn nhận bài: {{han_nop}}.\n\nTrang của đơn vị: {{duong_dan}}",
            confirm = false,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.ReadAs<BroadcastPreviewView>();
        Assert.Equal(3, preview.Recipients);
        Assert.Equal("Thư gửi Đơn vị thử hl-api-a", preview.Preview.Subject);
        Assert.Equal("hl-api-a@example.org", preview.Preview.To);
        Assert.StartsWith("Kính gửi Trần Thị Đầu Mối, cán bộ đầu mối của Đơn vị thử hl-api-a,\n\nĐơn vị đã có 0 bài.", preview.Preview.PlainText);
        Assert.Contains("<a href=\"http", preview.Preview.Html);
        Assert.Contains("#t=", preview.Preview.PlainText);
    }

    [Fact]
    public async Task An_audience_nobody_is_in_is_refused_with_400_and_nothing_is_sent()
    {
        var response = await _organizer.PostAsJsonAsync("/api/organizer/broadcasts", new { audience = "winners", subject = "Chúc mừng", body = "Kính gửi {{nguoi_nhan}},", confirm = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không có người nhận nào", Assert.Single((await response.ReadProblem()).Errors["audience"]));
    }

    [Fact]
    public async Task A_misspelt_field_or_an_unknown_audience_is_refused_with_400_naming_it()
    {
        var response = await _organizer.PostAsJsonAsync("/api/organizer/broadcasts", new { audience = "ai-do", subject = "Thư", body = "Kính gửi {{nguoi_nhn}},", confirm = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblem();
        Assert.Contains("{{nguoi_nhn}}", Assert.Single(problem.Errors["body"]));
        Assert.True(problem.Errors.ContainsKey("audience"));
    }

    [Fact]
    public async Task Two_organizers_starting_the_same_broadcast_at_once_send_it_once_to_each_recipient()
    {
        var body = new { audience = "all-units", subject = "Thư cảm ơn các đơn vị", body = "Kính gửi {{nguoi_nhan}},\n\nBan Tổ chức trân trọng cảm ơn.", confirm = true };
        using var other = ContestClients.In(await stack.SignInAsOrganizerAsync(), ContestId);

        var answers = await Task.WhenAll(_organizer.PostAsJsonAsync("/api/organizer/broadcasts", body), other.PostAsJsonAsync("/api/organizer/broadcasts", body));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var started = await Task.WhenAll(answers.Select(a => a.ReadAs<BroadcastStartedView>()));
        Assert.Single(started.Select(s => s.Id).Distinct());
        Assert.Single(started, s => !s.AlreadyStarted);
        var id = started[0].Id;
        await Eventually.WaitAsync(async () =>
            (await (await _organizer.GetAsync($"/api/organizer/broadcasts/{id}")).ReadAs<BroadcastProgressView>()) is { State: "done", Sent: 3 }, "the broadcast sent");
        var progress = await (await _organizer.GetAsync($"/api/organizer/broadcasts/{id}")).ReadAs<BroadcastProgressView>();
        Assert.Equal((3, 3, 0), (progress.Total, progress.Sent, progress.Failed));
        foreach (var unit in new[] { "hl-api-a", "hl-api-b", "hl-api-c" })
            Assert.Single(stack.Outbox.Messages, m => m.Subject == "Thư cảm ơn các đơn vị" && m.To.Contains($"{unit}@example.org"));
    }

    [Fact]
    public async Task A_broadcast_of_another_contest_is_not_found_here()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _organizer.GetAsync("/api/organizer/broadcasts/20260101-khongco")).StatusCode);
    }
}
