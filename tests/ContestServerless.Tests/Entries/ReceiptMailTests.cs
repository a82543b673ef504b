using System.Text.Json;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Mail;
using ContestServerless.Functions.Entries;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// The receipt e-mail is owed from the moment the entry is received and sent in the background, exactly once:
/// a mail service outage delays receipts and loses none.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReceiptMailTests(ContestStack stack)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly IEntryStore _store = stack.Services.GetRequiredService<IEntryStore>();
    private readonly IReceiptMails _receipts = stack.Services.GetRequiredService<IReceiptMails>();

    private sealed record SubmitReceipt(string Id, string ReceiptCode, string Status);

    private int MessagesTo(string address) => stack.Outbox.Messages.Count(m => m.To.Contains(address));

    /// <summary>A received entry whose receipt e-mail is owed and was never queued (as when its message was lost).</summary>
    private async Task<Entry> OwedWithoutMessageAsync(string unitId, string email, DateTimeOffset receivedAt)
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, unitId);
        var (id, _) = await new Entrant(stack.Http).CreateAsync(Entrant.Form(unitId: unitId, email: email));
        var stored = (await _store.FindAsync(id, CancellationToken.None))!;
        stored.Entry.Receive(receivedAt, new FileInspection(true, null, null), new string('a', 32));
        Assert.True(await _store.SaveReceivedAsync(stored.Entry, stored.Version, CancellationToken.None));
        return stored.Entry;
    }

    [Fact]
    public async Task Submits_are_answered_while_SendGrid_refuses_and_every_owed_receipt_arrives_once_when_it_accepts_again()
    {
        // Earlier tests' receipts are sent first, so this test's own are not queued behind them.
        await stack.ReceiptsSentAsync();
        string[] addresses = ["ngung-1@example.org", "ngung-2@example.org", "ngung-3@example.org"];
        var entrant = new Entrant(stack.Http);
        var requests = stack.Outbox.Requests;
        stack.Outbox.RefuseAll(StatusCodes.Status503ServiceUnavailable);
        SubmitReceipt?[] receipts;
        try
        {
            var answers = await Task.WhenAll(addresses.Select(a => entrant.EnterAsync(TestFiles.Pdf(), email: a)));
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            receipts = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<SubmitReceipt>(Web)));
            await Eventually.WaitAsync(() => stack.Outbox.Requests - requests >= addresses.Length, "SendGrid to refuse a few sends");
            Assert.All(addresses, a => Assert.Equal(0, MessagesTo(a)));
            foreach (var receipt in receipts)
                Assert.NotEqual(ReceiptMailState.Sent, (await _receipts.FindAsync("so-noi-vu", receipt!.Id, CancellationToken.None))!.State);
        }
        finally
        {
            stack.Outbox.AcceptAgain();
        }

        await Eventually.WaitAsync(async () =>
        {
            var mails = await Task.WhenAll(receipts.Select(r => _receipts.FindAsync("so-noi-vu", r!.Id, CancellationToken.None)));
            return mails.All(m => m!.State == ReceiptMailState.Sent);
        }, "every owed receipt to be sent");
        Assert.All(addresses, a => Assert.Equal(1, MessagesTo(a)));
        Assert.All(receipts, r => Assert.Single(stack.Outbox.Messages, m => m.Subject.EndsWith(r!.ReceiptCode, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_receipt_owed_by_an_entry_withdrawn_before_it_went_out_is_settled_and_nobody_is_mailed()
    {
        var entry = await OwedWithoutMessageAsync("thu-rut-truoc-thu", "rut-truoc-thu@example.org", DateTimeOffset.UtcNow);
        var stored = (await _store.FindAsync(entry.Id, CancellationToken.None))!;
        stored.Entry.Withdraw(DateTimeOffset.UtcNow);
        stored.Entry.Deidentify(DateTimeOffset.UtcNow);
        Assert.True(await _store.SaveAsync(stored.Entry, stored.Version, CancellationToken.None));
        var mailer = new CountingMailer(TimeSpan.Zero);
        var service = ActivatorUtilities.CreateInstance<ReceiptMailService>(stack.Services, Outbox(mailer));

        var outcome = await service.SendAsync(entry.Id, CancellationToken.None);

        Assert.Equal(ReceiptMailOutcome.NotOwed, outcome);
        Assert.Equal(0, mailer.Sent);
        Assert.Equal(ReceiptMailState.Withdrawn, (await _receipts.FindAsync(entry.UnitId, entry.Id, CancellationToken.None))!.State);
        Assert.DoesNotContain(await _receipts.ListUnsentAsync(CancellationToken.None), m => m.EntryId == entry.Id);
    }

    [Fact]
    public async Task Two_senders_of_the_same_receipt_send_one_email()
    {
        var entry = await OwedWithoutMessageAsync("thu-hai-nguoi-gui", "hai-nguoi-gui@example.org", DateTimeOffset.UtcNow);
        var mailer = new CountingMailer(TimeSpan.FromMilliseconds(200));
        var service = ActivatorUtilities.CreateInstance<ReceiptMailService>(stack.Services, Outbox(mailer), new ReadTogetherReceiptMails(_receipts, readers: 2));

        var outcomes = await Task.WhenAll(service.SendAsync(entry.Id, CancellationToken.None), service.SendAsync(entry.Id, CancellationToken.None));

        Assert.Equal([ReceiptMailOutcome.Sent, ReceiptMailOutcome.NotOurs], outcomes.Order());
        Assert.Equal(1, mailer.Sent);
        var mail = (await _receipts.FindAsync(entry.UnitId, entry.Id, CancellationToken.None))!;
        Assert.Equal((ReceiptMailState.Sent, 1, "counted-1"), (mail.State, mail.Attempts, mail.MessageId));
        var again = ActivatorUtilities.CreateInstance<ReceiptMailService>(stack.Services, Outbox(mailer));
        Assert.Equal(ReceiptMailOutcome.NotOurs, await again.SendAsync(entry.Id, CancellationToken.None));
        Assert.Equal(1, mailer.Sent);
    }

    [Fact]
    public async Task The_timer_queues_again_a_receipt_still_owed_after_a_few_minutes_and_it_is_sent()
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var entry = await OwedWithoutMessageAsync("thu-gui-lai-bien-nhan", "gui-lai@example.org", receivedAt);
        var early = new RecordingReceiptMailQueue();
        // What the RequeueReceiptEmails timer runs in each contest's scope, at a time of the test's choosing.
        ReceiptMailRequeue Timer(TimeSpan after, IReceiptMailQueue? queue = null) => queue is null
            ? ActivatorUtilities.CreateInstance<ReceiptMailRequeue>(stack.Services, new FakeTimeProvider(receivedAt + after))
            : ActivatorUtilities.CreateInstance<ReceiptMailRequeue>(stack.Services, new FakeTimeProvider(receivedAt + after), queue);

        await Timer(TimeSpan.FromMinutes(1), early).RequeueStuckAsync(CancellationToken.None);
        Assert.DoesNotContain(entry.Id, early.EntryIds);
        Assert.Equal(0, MessagesTo("gui-lai@example.org"));

        await Timer(ReceiptMailService.RequeueAfter + TimeSpan.FromMinutes(1)).RequeueStuckAsync(CancellationToken.None);

        // The message reaches the outbox before the queue trigger finishes the receipt's row: wait for the row.
        await Eventually.WaitAsync(async () =>
            (await _receipts.FindAsync(entry.UnitId, entry.Id, CancellationToken.None))?.State == ReceiptMailState.Sent, "the re-queued receipt sent");
        Assert.Equal(1, MessagesTo("gui-lai@example.org"));
    }

    private MailOutbox Outbox(IMailer mailer) => ActivatorUtilities.CreateInstance<MailOutbox>(stack.Services, mailer);
}
