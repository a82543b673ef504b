using ContestServerless.Functions.Reminders;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Http;

namespace ContestServerless.Tests.Reminders;

/// <summary>Exactly once against the real SendGrid client, the local sink and Azurite: retries, refusals, races.</summary>
public sealed class ReminderDeliveryTests(ReminderStack reminders) : IClassFixture<ReminderStack>
{
    private ContestStack Stack => reminders.Stack;

    [Fact]
    public async Task A_sink_that_answers_429_then_200_gives_one_email_not_two()
    {
        var unit = (await reminders.AddUnitsAsync("gioi-han", 1))[0];
        var (requests, accepted) = (Stack.Outbox.Requests, Stack.Outbox.Messages.Count);
        Stack.Outbox.FailNext(StatusCodes.Status429TooManyRequests, resetAfterSeconds: 1);

        var run = await reminders.Runs.RunAsync(CancellationToken.None);

        Assert.Equal(1, reminders.MessagesTo("gioi-han-1@example.org"));
        Assert.Equal(0, run.Failed);
        // The refused request plus the ones accepted, and nothing else.
        Assert.Equal(Stack.Outbox.Messages.Count - accepted + 1, Stack.Outbox.Requests - requests);
        var record = Assert.Single(await reminders.Switches.HistoryAsync(unit.Id, CancellationToken.None));
        Assert.Equal(ReminderState.Sent, record.State);
    }

    [Fact]
    public async Task Two_runs_started_at_once_send_each_reminder_once()
    {
        var units = await reminders.AddUnitsAsync("cung-luc", 12);

        var runs = await Task.WhenAll(
            Task.Run(() => reminders.Runs.RunAsync(CancellationToken.None)),
            Task.Run(() => reminders.Runs.RunAsync(CancellationToken.None)));

        Assert.All(units, u => Assert.Equal(1, reminders.MessagesTo(u.FocalPoints[0].Email)));
        Assert.True(runs.Sum(r => r.Sent) >= units.Count);
        foreach (var unit in units)
        {
            var record = Assert.Single(await reminders.Switches.HistoryAsync(unit.Id, CancellationToken.None));
            Assert.Equal(("report-14", ReminderState.Sent), (record.StepKey, record.State));
            Assert.Contains(Stack.Outbox.Messages, m => m.MessageId == record.MessageId && m.To[0] == unit.FocalPoints[0].Email);
        }
    }

    [Fact]
    public async Task A_send_that_keeps_failing_is_marked_failed_and_sent_by_the_next_run()
    {
        var unit = (await reminders.AddUnitsAsync("loi-may-chu", 1))[0];
        await reminders.Runs.RunAsync(CancellationToken.None); // anything else due is out of the way
        var more = (await reminders.AddUnitsAsync("loi-may-chu-2", 1))[0];
        Stack.Outbox.FailNext(StatusCodes.Status503ServiceUnavailable, count: 2);

        var failedRun = await reminders.Runs.RunAsync(CancellationToken.None);
        var failed = Assert.Single(await reminders.Switches.HistoryAsync(more.Id, CancellationToken.None));
        var preview = await reminders.Previews.PreviewAsync(CancellationToken.None);
        var nextRun = await reminders.Runs.RunAsync(CancellationToken.None);

        Assert.Equal(1, failedRun.Failed);
        Assert.Equal(ReminderState.Failed, failed.State);
        Assert.Equal("SendGrid trả lời 503 sau 2 lần gửi: {\"errors\":[{\"message\":\"internal error\",\"field\":null}]}", failed.Error);
        Assert.Equal(ReminderOutlook.WillRetry, preview.Reminders.Single(r => r.Due.Unit.Id == more.Id).Outlook);
        // Sent, or already delivered when the outbox's delivery event came in first.
        Assert.Contains(preview.Reminders.Single(r => r.Due.Unit.Id == unit.Id).Outlook, new[] { ReminderOutlook.Sent, ReminderOutlook.Delivered });
        Assert.Equal(1, nextRun.Sent);
        var sent = Assert.Single(await reminders.Switches.HistoryAsync(more.Id, CancellationToken.None));
        Assert.Equal((ReminderState.Sent, 2, null), (sent.State, sent.Attempts, sent.Error));
        Assert.Equal(1, reminders.MessagesTo("loi-may-chu-2-1@example.org"));
    }

    [Fact]
    public async Task A_refusal_other_than_429_or_5xx_is_recorded_at_once_without_retrying()
    {
        await reminders.Runs.RunAsync(CancellationToken.None);
        var unit = (await reminders.AddUnitsAsync("bi-tu-choi", 1))[0];
        var requests = Stack.Outbox.Requests;
        Stack.Outbox.FailNext(StatusCodes.Status400BadRequest);

        var run = await reminders.Runs.RunAsync(CancellationToken.None);

        Assert.Equal((1, 1), (run.Failed, Stack.Outbox.Requests - requests));
        var record = Assert.Single(await reminders.Switches.HistoryAsync(unit.Id, CancellationToken.None));
        Assert.Equal(ReminderState.Failed, record.State);
        Assert.StartsWith("SendGrid trả lời 400 sau 1 lần gửi", record.Error);
        await reminders.Runs.RunAsync(CancellationToken.None); // leave nothing failed for the other tests
    }

    [Fact]
    public async Task A_unit_without_a_focal_point_email_is_skipped_and_the_history_says_why()
    {
        var unit = (await reminders.AddUnitsAsync("khong-email", 1, withEmail: false))[0];

        var preview = await reminders.Previews.PreviewAsync(CancellationToken.None);
        var run = await reminders.Runs.RunAsync(CancellationToken.None);

        Assert.Equal(ReminderOutlook.NoAddress, preview.Reminders.Single(r => r.Due.Unit.Id == unit.Id).Outlook);
        Assert.Equal(1, run.Skipped);
        var record = Assert.Single(await reminders.Switches.HistoryAsync(unit.Id, CancellationToken.None));
        Assert.Equal((ReminderState.Skipped, MailOutbox.NoAddress), (record.State, record.Error));
    }

    [Fact]
    public async Task A_claim_left_by_a_run_that_died_is_sent_once_the_claim_times_out()
    {
        var units = await reminders.AddUnitsAsync("chet-giua-chung", 2);
        var store = Stack.Services.GetRequiredService<IReminderStore>();
        var now = DateTimeOffset.UtcNow;
        await store.TryAddAsync(new ReminderRecord(units[0].Id, "report-14", ReminderState.Sending, 1, now.AddMinutes(-11), "timer"), CancellationToken.None);
        await store.TryAddAsync(new ReminderRecord(units[1].Id, "report-14", ReminderState.Sending, 1, now.AddMinutes(-1), "timer"), CancellationToken.None);

        await reminders.Runs.RunAsync(CancellationToken.None);

        Assert.Equal(1, reminders.MessagesTo(units[0].FocalPoints[0].Email));
        Assert.Equal(0, reminders.MessagesTo(units[1].FocalPoints[0].Email));
    }

    [Fact]
    public async Task The_preview_lists_who_would_be_reminded_and_why_and_sends_nothing()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var unit = (await reminders.AddUnitsAsync("xem-truoc", 1))[0];
        var requests = Stack.Outbox.Requests;

        var preview = (await organizer.GetFromJsonAsync<ReminderPreviewView>("/api/organizer/reminders"))!;

        var row = preview.Reminders.Single(r => r.UnitId == unit.Id);
        Assert.Equal("report-14", row.Step);
        Assert.Equal("Báo cáo nhanh: trước hạn 14 ngày", row.Label);
        Assert.Equal("Chưa gửi báo cáo nhanh", row.Reason);
        Assert.Equal("will-send", row.Outlook);
        Assert.Equal(["xem-truoc-1@example.org"], row.Recipients);
        Assert.Matches(@"^08:00 ngày \d{2}/\d{2}/\d{4}$", preview.NextRun);
        Assert.Equal(requests, Stack.Outbox.Requests);
    }

    [Fact]
    public async Task While_paused_send_now_sends_nothing_and_resuming_sends_what_is_due()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await reminders.Runs.RunAsync(CancellationToken.None);
        var unit = (await reminders.AddUnitsAsync("tam-dung", 1))[0];

        var paused = await organizer.PutAsJsonAsync("/api/organizer/reminders/switch", new { paused = true });
        ReminderRunView whilePaused, afterResume;
        try
        {
            whilePaused = await (await organizer.PostAsync("/api/organizer/reminders/send", null)).ReadAs<ReminderRunView>();
        }
        finally
        {
            (await organizer.PutAsJsonAsync("/api/organizer/reminders/switch", new { paused = false })).EnsureSuccessStatusCode();
        }
        afterResume = await (await organizer.PostAsync("/api/organizer/reminders/send", null)).ReadAs<ReminderRunView>();

        Assert.True((await paused.ReadAs<ReminderSwitchView>()).Paused);
        Assert.True(whilePaused.Paused);
        Assert.Equal(1, afterResume.Sent);
        Assert.Equal(1, reminders.MessagesTo("tam-dung-1@example.org"));
        var history = (await organizer.GetFromJsonAsync<ReminderHistoryView>($"/api/organizer/reminders/history/{unit.Id}"))!;
        var record = Assert.Single(history.Records);
        Assert.True(record.ByHand);
        Assert.Equal(TestStaff.Secretary, record.Trigger);
    }

    [Fact]
    public async Task The_pause_switch_refuses_a_body_without_a_choice_in_Vietnamese()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await organizer.PutAsJsonAsync("/api/organizer/reminders/switch", new { paused = (bool?)null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadProblem();
        Assert.Equal("Vui lòng chọn tạm dừng hoặc tiếp tục nhắc việc.", problem.Errors["paused"][0]);
        Assert.False((await reminders.Previews.PreviewAsync(CancellationToken.None)).Switch.Paused);
    }

    [Fact]
    public async Task The_history_of_a_unit_that_does_not_exist_is_a_404_problem()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await organizer.GetAsync("/api/organizer/reminders/history/khong-co-don-vi-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
    }
}
