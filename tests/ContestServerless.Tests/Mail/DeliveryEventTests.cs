using ContestServerless.Domain.Mail;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Mail;

/// <summary>
/// Signed delivery events move a message's log row on: in any order, any number of times, never back; events about
/// nothing the log holds change nothing and are still accepted, as SendGrid would otherwise send them again.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class DeliveryEventTests(ContestStack stack)
{
    [Fact]
    public async Task A_message_sent_through_the_outbox_is_logged_and_its_events_carry_it_to_delivered()
    {
        var email = $"toi-noi-{Guid.NewGuid():N}@example.org";

        var id = await MailEvents.SendAsync(stack, email, MessageKind.Reminder, "don-vi-nhat-ky");

        var row = await MailEvents.WaitForStatusAsync(stack, id, MessageStatus.Delivered);
        var sent = Assert.Single(stack.Outbox.Messages, m => m.To.Contains(email));
        Assert.Equal((MessageKind.Reminder, "don-vi-nhat-ky", email, sent.MessageId), (row.Kind, row.UnitId, row.To, row.SendGridId));
        Assert.Equal(MailEvents.ContestId(stack), sent.CustomArgs["contest"]);
        Assert.Equal(id, sent.CustomArgs["message"]);
        Assert.NotNull(row.LastEventAt);
    }

    [Fact]
    public async Task An_address_set_to_bounce_ends_its_next_message_bounced_with_the_reason()
    {
        var email = $"tra-lai-{Guid.NewGuid():N}@example.org";
        stack.Services.GetRequiredService<OutboxEvents>().EndNext(email, "bounce");

        var bounced = await MailEvents.WaitForStatusAsync(stack, await MailEvents.SendAsync(stack, email), MessageStatus.Bounced);
        var next = await MailEvents.WaitForStatusAsync(stack, await MailEvents.SendAsync(stack, email), MessageStatus.Delivered);

        Assert.Contains("does not exist", bounced.Reason);
        Assert.True(bounced.Suppressed);
        Assert.Null(next.Reason);
    }

    [Fact]
    public async Task Events_out_of_order_never_move_a_status_back()
    {
        var id = await MailEvents.SendAsync(stack, $"dao-thu-tu-{Guid.NewGuid():N}@example.org");
        await MailEvents.WaitForStatusAsync(stack, id, MessageStatus.Delivered);
        var contest = MailEvents.ContestId(stack);

        var late = await MailEvents.PostSignedAsync(stack, MailEvents.Batch(contest, (id, "deferred"), (id, "processed")));
        var bounce = await MailEvents.PostSignedAsync(stack, MailEvents.Batch(contest, (id, "bounce"), (id, "delivered")));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (late.StatusCode, bounce.StatusCode));
        Assert.Equal(MessageStatus.Bounced, (await MailEvents.Log(stack).FindAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task The_same_batch_twice_changes_the_row_once()
    {
        var id = await MailEvents.SendAsync(stack, $"hai-lan-{Guid.NewGuid():N}@example.org");
        await MailEvents.WaitForStatusAsync(stack, id, MessageStatus.Delivered);
        var batch = MailEvents.Batch(MailEvents.ContestId(stack), (id, "spamreport"));

        await MailEvents.PostSignedAsync(stack, batch);
        var once = await MailEvents.Log(stack).FindAsync(id, CancellationToken.None);
        var again = await MailEvents.PostSignedAsync(stack, batch);
        var twice = await MailEvents.Log(stack).FindAsync(id, CancellationToken.None);

        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(MessageStatus.SpamReport, once!.Status);
        Assert.Equal(once.Version, twice!.Version);
    }

    [Fact]
    public async Task Events_for_unknown_messages_contests_and_types_are_accepted_and_change_nothing()
    {
        var id = await MailEvents.SendAsync(stack, $"la-{Guid.NewGuid():N}@example.org");
        var before = await MailEvents.WaitForStatusAsync(stack, id, MessageStatus.Delivered);
        var contest = MailEvents.ContestId(stack);

        var response = await MailEvents.PostSignedAsync(stack, MailEvents.Batch(contest, (MessageIds.New(DateTimeOffset.UtcNow), "bounce"))
            .TrimEnd(']') + "," + MailEvents.Batch("cuoc-thi-khong-co", (id, "bounce")).TrimStart('[').TrimEnd(']') + ","
            + MailEvents.Batch(contest, (id, "open"), (id, "group_unsubscribe")).TrimStart('[').TrimEnd(']') + ","
            + MailEvents.Batch(contest, ("../khong-phai-ma", "bounce")).TrimStart('['));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(before.Version, (await MailEvents.Log(stack).FindAsync(id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task SendGrid_processing_a_message_its_client_reported_failed_shows_it_sent()
    {
        var email = $"loi-roi-nhan-{Guid.NewGuid():N}@example.org";
        var failing = ActivatorUtilities.CreateInstance<MailOutbox>(stack.Services, new TimingOutMailer());
        var sent = await failing.DeliverLoggedAsync(new MailMessage(email, "Người nhận", "Thư thử", "Nội dung", "<p>Nội dung</p>"), null, CancellationToken.None);
        var failed = await MailEvents.Log(stack).FindAsync(sent.MessageId!, CancellationToken.None);

        var response = await MailEvents.PostSignedAsync(stack, MailEvents.Batch(MailEvents.ContestId(stack), (sent.MessageId!, "processed")));

        Assert.Equal((HttpStatusCode.NoContent, MessageStatus.Failed), (response.StatusCode, failed!.Status));
        var row = await MailEvents.Log(stack).FindAsync(sent.MessageId!, CancellationToken.None);
        Assert.Equal((MessageStatus.Sent, null), (row!.Status, row.Reason));
    }

    /// <summary>A client that gave up waiting for SendGrid's answer, though SendGrid may have taken the message.</summary>
    private sealed class TimingOutMailer : IMailer
    {
        public Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken) =>
            throw new TaskCanceledException("hết thời gian chờ SendGrid trả lời");
    }
}
