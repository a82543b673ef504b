using ContestServerless.Domain.Broadcasts;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Templates;
using ContestServerless.Functions.Broadcasts;
using Microsoft.Extensions.Time.Testing;

namespace ContestServerless.Tests.Broadcasts;

/// <summary>
/// A sender killed mid-send leaves its messages in flight claimed: the send goes on past them and comes back for them once
/// their claims can be taken over, so each recipient is written to once and the broadcast is done only then.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BroadcastSenderDiedTests(ContestStack stack)
{
    private IBroadcastStore Store => stack.Services.GetRequiredService<IBroadcastStore>();

    private BroadcastSender SenderAt(TimeProvider clock, IBroadcastQueue queue) => ActivatorUtilities.CreateInstance<BroadcastSender>(
        stack.Services, ActivatorUtilities.CreateInstance<MailOutbox>(stack.Services, clock), clock, queue);

    [Fact]
    public async Task A_recipient_a_dead_sender_held_is_written_to_once_its_claim_times_out_and_only_then_is_the_broadcast_done()
    {
        var tag = Guid.NewGuid().ToString("N");
        var recipients = Enumerable.Range(1, 4).Select(i =>
            new BroadcastRecipient($"nguoi-{i}", $"bc-{tag}-{i}@example.org", $"Người nhận {i}", new Dictionary<string, string>())).ToList();
        var broadcast = new Broadcast($"thu{tag}", BroadcastAudience.AllUnits, "", new MailTemplate("Thư thử sau sự cố", "Nội dung thư thử."), 4, "Tổ chức thử", DateTimeOffset.UtcNow);
        Assert.True(await Store.TryAddAsync(broadcast, recipients, CancellationToken.None));
        // What a sender killed while writing to the third recipient leaves behind.
        Assert.True(await stack.Services.GetRequiredService<IReminderStore>().TryAddAsync(
            new ReminderRecord(broadcast.ClaimPartition, "nguoi-3", ReminderState.Sending, 1, DateTimeOffset.UtcNow, "Tổ chức thử"), CancellationToken.None));
        var queue = new QueueSeen();

        await SenderAt(TimeProvider.System, queue).SendChunkAsync(broadcast.Id, 0, CancellationToken.None);
        var waiting = await Store.FindAsync(broadcast.Id, CancellationToken.None);
        using var organizer = await stack.SignInAsOrganizerAsync();
        var shown = await (await organizer.GetAsync($"/api/organizer/broadcasts/{broadcast.Id}")).ReadAs<BroadcastProgressView>();
        await SenderAt(new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromMinutes(3)), queue).ResumeStalledAsync(CancellationToken.None);
        var tooEarly = queue.Chunks.Count(c => c.Id == broadcast.Id);
        // Advancing at every reading, so the sender's pacing between messages passes on the fake clock too.
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromMinutes(11)) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        await SenderAt(later, queue).ResumeStalledAsync(CancellationToken.None);
        await SenderAt(later, queue).SendChunkAsync(broadcast.Id, 0, CancellationToken.None);

        Assert.Equal((BroadcastState.Sending, 0, true), (waiting!.State, waiting.NextIndex, waiting.RecheckAt > DateTimeOffset.UtcNow + TimeSpan.FromMinutes(9)));
        Assert.Equal(("sending", 3, true), (shown.State, shown.Sent, shown.RecheckAt > DateTimeOffset.UtcNow + TimeSpan.FromMinutes(9)));
        Assert.Equal(0, tooEarly);
        Assert.Equal([0], queue.Chunks.Where(c => c.Id == broadcast.Id).Select(c => c.From));
        foreach (var recipient in recipients)
            Assert.Single(stack.Outbox.Messages, m => m.To.Contains(recipient.Email));
        Assert.Equal(BroadcastState.Done, (await Store.FindAsync(broadcast.Id, CancellationToken.None))!.State);
    }

    /// <summary>The broadcasts queue as the resume sees it, without the host's trigger sending alongside the test.</summary>
    private sealed class QueueSeen : IBroadcastQueue
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Id, int From)> Chunks { get; } = [];

        public Task EnqueueAsync(string id, int from, CancellationToken cancellationToken)
        {
            Chunks.Enqueue((id, from));
            return Task.CompletedTask;
        }
    }
}
