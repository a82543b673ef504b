using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Tests.Mail;

/// <summary>The one way an e-mail owed once is sent, through the real SendGrid client, the local sink and Azurite.</summary>
[Collection(StackCollection.Name)]
public sealed class MailOutboxTests(ContestStack stack)
{
    private MailOutbox Outbox => stack.Services.GetRequiredService<MailOutbox>();

    private IReminderStore Log => stack.Services.GetRequiredService<IReminderStore>();

    private static MailMessage To(string email) => new(email, "Người nhận", "Thư thử hộp thư đi", "Nội dung", "<p>Nội dung</p>");

    [Fact]
    public async Task Asking_four_times_at_once_composes_and_sends_the_message_once()
    {
        var (partition, email) = ($"~outbox-{Guid.NewGuid():N}", $"mot-lan-{Guid.NewGuid():N}@example.org");
        var composed = 0;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Outbox.SendOnceAsync(partition, "thu-1", "thử", () => { Interlocked.Increment(ref composed); return To(email); }, CancellationToken.None))));

        Assert.Equal([ReminderState.Sent, null, null, null], outcomes.OrderBy(o => o is null));
        Assert.Equal(1, composed);
        Assert.Single(stack.Outbox.Messages, m => m.To.Contains(email));
        var row = await Log.FindAsync(partition, "thu-1", CancellationToken.None);
        Assert.Equal((ReminderState.Sent, "thử", email), (row!.State, row.Trigger, row.Recipients));
    }

    [Fact]
    public async Task A_mail_service_that_throws_leaves_a_failed_row_that_the_next_call_sends()
    {
        var (partition, email) = ($"~outbox-{Guid.NewGuid():N}", $"lan-hai-{Guid.NewGuid():N}@example.org");
        var broken = ActivatorUtilities.CreateInstance<MailOutbox>(stack.Services, new ThrowingMailer());

        var first = await broken.SendOnceAsync(partition, "thu-1", "thử", () => To(email), CancellationToken.None);
        var failed = await Log.FindAsync(partition, "thu-1", CancellationToken.None);
        var second = await Outbox.SendOnceAsync(partition, "thu-1", "thử", () => To(email), CancellationToken.None);

        Assert.Equal((ReminderState.Failed, ReminderState.Sent), (first, second));
        Assert.Equal("Không gửi được tới SendGrid sau 1 lần: mất kết nối", failed!.Error);
        var sent = await Log.FindAsync(partition, "thu-1", CancellationToken.None);
        Assert.Equal((ReminderState.Sent, 2, null), (sent!.State, sent.Attempts, sent.Error));
        Assert.Single(stack.Outbox.Messages, m => m.To.Contains(email));
    }

    [Fact]
    public async Task Nobody_to_write_to_finishes_the_row_as_skipped_and_sends_nothing()
    {
        var partition = $"~outbox-{Guid.NewGuid():N}";
        var requests = stack.Outbox.Requests;

        var outcome = await Outbox.SendOnceAsync(partition, "thu-1", "thử", () => null, CancellationToken.None);

        Assert.Equal(ReminderState.Skipped, outcome);
        Assert.Equal(requests, stack.Outbox.Requests);
        var row = await Log.FindAsync(partition, "thu-1", CancellationToken.None);
        Assert.Equal((ReminderState.Skipped, MailOutbox.NoAddress), (row!.State, row.Error));
    }

    private sealed class ThrowingMailer : IMailer
    {
        public Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken) =>
            throw new HttpRequestException("mất kết nối");
    }
}
