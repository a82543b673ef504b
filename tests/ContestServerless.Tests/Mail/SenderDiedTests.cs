using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace ContestServerless.Tests.Mail;

/// <summary>
/// A run that takes over a claim whose sender died mid-send (the process killed, so the claim still says "sending")
/// sends the message only if SendGrid never had it: what SendGrid answered or posted is on the log row the claim named.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SenderDiedTests(ContestStack stack)
{
    private IReminderStore Claims => stack.Services.GetRequiredService<IReminderStore>();

    private static MailMessage To(string email) => new(email, "Người nhận", "Thư thử gửi lại sau sự cố", "Nội dung", "<p>Nội dung</p>");

    /// <summary>The outbox as a run after the claim timeout has passed sees it.</summary>
    private MailOutbox ElevenMinutesLater() =>
        ActivatorUtilities.CreateInstance<MailOutbox>(stack.Services, new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromMinutes(11)));

    /// <summary>Runs a send whose process dies while the message is with the mail service: before or after SendGrid takes it.</summary>
    private async Task<ReminderRecord> DieWhileSendingAsync(string partition, string email, bool afterSendGridTookIt)
    {
        using var death = new CancellationTokenSource();
        var dying = ActivatorUtilities.CreateInstance<MailOutbox>(stack.Services, new DyingMailer(stack.Services.GetRequiredService<IMailer>(), death, afterSendGridTookIt));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.SendOnceAsync(partition, "thu-1", "thử", () => To(email), death.Token));
        var claim = await Claims.FindAsync(partition, "thu-1", CancellationToken.None);
        Assert.Equal(ReminderState.Sending, claim!.State);
        return claim;
    }

    [Fact]
    public async Task A_message_SendGrid_took_before_its_sender_died_is_not_sent_again_and_its_claim_ends_sent()
    {
        var (partition, email) = ($"~mat-{Guid.NewGuid():N}", $"da-nhan-{Guid.NewGuid():N}@example.org");
        var claim = await DieWhileSendingAsync(partition, email, afterSendGridTookIt: true);
        var row = await MailEvents.WaitForStatusAsync(stack, claim.LogId!, MessageStatus.Delivered);

        var outcome = await ElevenMinutesLater().SendOnceAsync(partition, "thu-1", "thử", () => To(email), CancellationToken.None);

        Assert.Equal(ReminderState.Sent, outcome);
        Assert.Single(stack.Outbox.Messages, m => m.To.Contains(email));
        var finished = await Claims.FindAsync(partition, "thu-1", CancellationToken.None);
        Assert.Equal((ReminderState.Sent, 2, claim.LogId, row.SendGridId, email), (finished!.State, finished.Attempts, finished.LogId, finished.MessageId, finished.Recipients));
    }

    [Fact]
    public async Task A_message_that_never_reached_SendGrid_is_sent_by_the_run_taking_over_and_the_lost_row_says_why()
    {
        var (partition, email) = ($"~mat-{Guid.NewGuid():N}", $"chua-nhan-{Guid.NewGuid():N}@example.org");
        var claim = await DieWhileSendingAsync(partition, email, afterSendGridTookIt: false);

        var outcome = await ElevenMinutesLater().SendOnceAsync(partition, "thu-1", "thử", () => To(email), CancellationToken.None);

        Assert.Equal(ReminderState.Sent, outcome);
        Assert.Single(stack.Outbox.Messages, m => m.To.Contains(email));
        var finished = await Claims.FindAsync(partition, "thu-1", CancellationToken.None);
        Assert.Equal((ReminderState.Sent, 2), (finished!.State, finished.Attempts));
        Assert.NotEqual(claim.LogId, finished.LogId);
        var lost = await MailEvents.Log(stack).FindAsync(claim.LogId!, CancellationToken.None);
        Assert.Equal((MessageStatus.Failed, MailOutbox.Interrupted), (lost!.Status, lost.Reason));
        await MailEvents.WaitForStatusAsync(stack, finished.LogId!, MessageStatus.Delivered);
    }

    [Fact]
    public async Task A_claim_still_within_its_timeout_is_left_to_its_sender()
    {
        var (partition, email) = ($"~mat-{Guid.NewGuid():N}", $"dang-gui-{Guid.NewGuid():N}@example.org");
        await DieWhileSendingAsync(partition, email, afterSendGridTookIt: false);

        var outcome = await stack.Services.GetRequiredService<MailOutbox>().SendOnceAsync(partition, "thu-1", "thử", () => To(email), CancellationToken.None);

        Assert.Null(outcome);
        Assert.DoesNotContain(stack.Outbox.Messages, m => m.To.Contains(email));
    }

    /// <summary>The mail service as a dying process sees it: the process ends (its token cancelled) before or after the call.</summary>
    private sealed class DyingMailer(IMailer inner, CancellationTokenSource death, bool afterSending) : IMailer
    {
        public async Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken)
        {
            if (afterSending) await inner.SendAsync(message, CancellationToken.None);
            await death.CancelAsync();
            throw new OperationCanceledException(death.Token);
        }
    }
}
