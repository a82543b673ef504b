using ContestServerless.Domain.Mail;

namespace ContestServerless.Tests.Mail;

/// <summary>The message log is personal data: once retention falls due, the messages sent before that day are erased.</summary>
[Collection(StackCollection.Name)]
public sealed class MessageRetentionTests(ContestStack stack)
{
    [Fact]
    public async Task Retention_erases_the_messages_sent_before_it_fell_due_and_keeps_later_ones()
    {
        var log = MailEvents.Log(stack);
        var old = new MessageRecord(MessageIds.New(new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero)), MessageKind.Receipt,
            $"cu-{Guid.NewGuid():N}@example.org", "Biên nhận cũ", new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero), MessageStatus.Delivered);
        await log.AddAsync(old, CancellationToken.None);
        var recent = await MailEvents.SendAsync(stack, $"moi-{Guid.NewGuid():N}@example.org");

        var erased = await stack.Services.GetRequiredService<MessageRetention>().EraseAsync(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.True(erased >= 1);
        Assert.Null(await log.FindAsync(old.Id, CancellationToken.None));
        Assert.NotNull(await log.FindAsync(recent, CancellationToken.None));
    }
}
