using System.Net;
using ContestServerless.Functions.Broadcasts;
using ContestServerless.LocalHost;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Broadcasts;

/// <summary>A stack of its own that sends broadcasts slowly and takes a quiet one for stopped after a second, so a test can restart it mid-send.</summary>
public sealed class SlowBroadcastStack() : SeededStack(new ContestStack
{
    Settings =
    {
        ["Broadcast:MessagesPerSecond"] = "3",
        ["Broadcast:StalledAfter"] = "00:00:01",
    },
})
{
    public const string ContestId = "thu-hang-loat-khoi-dong";
    public static readonly string[] Units = [.. Enumerable.Range(1, 9).Select(i => $"hl-kd-{i}")];

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestContests.AddAsync(Stack, ContestId, "Cuộc thi thử khởi động lại khi gửi thư");
        using var inContest = ContestClients.In(organizer, ContestId);
        foreach (var unit in Units) await TestUnits.AddAsync(inContest, unit);
    }
}

/// <summary>The done-when of broadcasts: one to the lagging units reaches each exactly once though the host restarts mid-send.</summary>
public sealed class BroadcastRestartTests(SlowBroadcastStack slow) : IClassFixture<SlowBroadcastStack>
{
    private ContestStack Stack => slow.Stack;

    private static bool ToUs(OutboxMessage m) => m.Subject == "Nhắc các đơn vị chậm tiến độ";

    [Fact]
    public async Task A_broadcast_to_lagging_units_reaches_each_exactly_once_across_a_restart_mid_send()
    {
        string id;
        using (var organizer = ContestClients.In(await Stack.SignInAsOrganizerAsync(), SlowBroadcastStack.ContestId))
        {
            var response = await organizer.PostAsJsonAsync("/api/organizer/broadcasts", new
            {
                audience = "lagging-units",
                subject = "Nhắc các đơn vị chậm tiến độ",
                body = "Kính gửi {{nguoi_nhan}},\n\nĐơn vị mới có {{so_bai}} bài dự thi. Trang của đơn vị: {{duong_dan}}",
                confirm = true,
            });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            id = (await response.ReadAs<BroadcastStartedView>()).Id;
        }
        await Eventually.WaitAsync(() => Stack.Outbox.Messages.Count(ToUs) >= 2, "the first messages of the broadcast");

        // The first host's outbox, kept to count what it accepted up to the moment the host stopped.
        var firstOutbox = Stack.Outbox;
        await Stack.RestartAsync();
        var before = firstOutbox.Messages.Where(ToUs).ToList();
        Assert.InRange(before.Count, 2, SlowBroadcastStack.Units.Length - 1);

        // The platform's timer after the restart: once the broadcast has been quiet long enough, it goes on from its chunk.
        await Eventually.WaitAsync(async () =>
        {
            await Stack.Function<BroadcastJobs>().ResumeBroadcasts(new TimerInfo(), CancellationToken.None);
            return Stack.Outbox.Messages.Any(ToUs);
        }, "the broadcast resumed after the restart");
        using var again = ContestClients.In(await Stack.SignInAsOrganizerAsync(), SlowBroadcastStack.ContestId);
        await Eventually.WaitAsync(async () =>
            (await (await again.GetAsync($"/api/organizer/broadcasts/{id}")).ReadAs<BroadcastProgressView>()).State == "done", "the broadcast finished after the restart");

        var all = before.Concat(Stack.Outbox.Messages.Where(ToUs)).ToList();
        foreach (var unit in SlowBroadcastStack.Units)
            Assert.Single(all, m => m.To.Contains($"{unit}@example.org"));
        var progress = await (await again.GetAsync($"/api/organizer/broadcasts/{id}")).ReadAs<BroadcastProgressView>();
        Assert.Equal((SlowBroadcastStack.Units.Length, SlowBroadcastStack.Units.Length), (progress.Total, progress.Sent));
    }
}
