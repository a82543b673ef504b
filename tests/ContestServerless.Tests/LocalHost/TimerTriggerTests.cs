using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.LocalHost;

/// <summary>The local host runs timer functions on their schedule and by hand, as the Functions host does.</summary>
public sealed class TimerTriggerTests
{
    [Fact]
    public async Task The_reminder_timer_fires_at_01_00_UTC_from_the_schedule_in_the_app_setting()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 59, 0, TimeSpan.Zero));
        var stack = new ContestStack { Clock = clock, Settings = { ["LocalHost:RunTimers"] = "true" } };
        await stack.InitializeAsync();
        try
        {
            var timers = stack.Services.GetRequiredService<TimerTriggers>();
            await Eventually.WaitAsync(() => timers.NextRuns.ContainsKey("SendReminders"), "the timer to be scheduled");

            Assert.Equal(new DateTimeOffset(2030, 1, 1, 1, 0, 0, TimeSpan.Zero), timers.NextRuns["SendReminders"]);
            clock.Advance(TimeSpan.FromSeconds(59));
            await Task.Delay(200);
            Assert.Equal(0, timers.CompletedRuns);

            clock.Advance(TimeSpan.FromSeconds(1));
            // The seeded units all owe the quick report, due in 14 days: the run reminded them. (Other timers, such
            // as the receipts' re-queue every five minutes, fire at 01:00 too, so runs alone prove nothing.)
            await Eventually.WaitAsync(() => stack.Outbox.Messages.Any(m => m.To[0] == "so-noi-vu@example.org" && m.Subject.Contains("báo cáo nhanh", StringComparison.Ordinal)),
                "the 01:00 reminder run", TimeSpan.FromMinutes(3));
            await Eventually.WaitAsync(() => timers.NextRuns["SendReminders"] == new DateTimeOffset(2030, 1, 2, 1, 0, 0, TimeSpan.Zero), "the next day's run");
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    private static HttpRequestMessage AdminCall(ContestStack stack, string function, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/functions/{function}");
        request.Headers.Add(LocalAccess.FunctionsKeyHeader, key ?? stack.AdminKey);
        return request;
    }

    [Fact]
    public async Task The_admin_endpoint_wants_the_admin_key_or_a_signed_in_organizer_as_the_platform_wants_its_master_key()
    {
        var stack = new ContestStack();
        await stack.InitializeAsync();
        try
        {
            var anonymous = await stack.Http.PostAsync("/admin/functions/KhongCo", null);
            var wrongKey = await stack.Http.SendAsync(AdminCall(stack, "KhongCo", key: "doan-bua"));
            using var judge = await stack.SignInAsync("giamkhao@example.org", StaffRoles.Judge);
            var byJudge = await judge.PostAsync("/admin/functions/KhongCo", null);
            using var organizer = await stack.SignInAsOrganizerAsync();
            var byOrganizer = await organizer.PostAsync("/admin/functions/KhongCo", null);

            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, byJudge.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, byOrganizer.StatusCode);
            Assert.Equal(0, stack.Services.GetRequiredService<TimerTriggers>().CompletedRuns);
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    [Fact]
    public async Task Posting_to_the_admin_endpoint_fires_the_reminder_run_by_hand_and_answers_404_for_an_unknown_function()
    {
        var stack = new ContestStack();
        await stack.InitializeAsync();
        try
        {
            var fired = await stack.Http.SendAsync(AdminCall(stack, "SendReminders"));
            var unknown = await stack.Http.SendAsync(AdminCall(stack, "KhongCo"));

            Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
            await Eventually.WaitAsync(() => stack.Services.GetRequiredService<TimerTriggers>().CompletedRuns == 1, "the run");
            var history = await stack.Services.GetRequiredService<ReminderSwitchService>().HistoryAsync("so-noi-vu", CancellationToken.None);
            Assert.Equal(("report-14", ReminderState.Sent), (Assert.Single(history).StepKey, history[0].State));
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("%REMINDER_SCHEDULE%", "0 30 2 * * *")]
    [InlineData("0 0 1 * * *", "0 0 1 * * *")]
    public void A_schedule_naming_an_app_setting_is_read_from_that_setting(string written, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["REMINDER_SCHEDULE"] = "0 30 2 * * *" }).Build();

        Assert.Equal(expected, TimerTriggers.Resolve(written, configuration));
    }
}
