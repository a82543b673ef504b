using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Receipt e-mails go out in the background, after the submit that owed them has answered.</summary>
public static class BackgroundMail
{
    /// <summary>
    /// Waits until every receipt e-mail owed so far has been sent, so a test that counts the outbox's requests or
    /// plays a failing SendGrid does not meet earlier tests' receipts.
    /// </summary>
    public static Task ReceiptsSentAsync(this ContestStack stack) =>
        Eventually.WaitAsync(async () => (await stack.Services.GetRequiredService<IReceiptMails>().ListUnsentAsync(CancellationToken.None)).Count == 0,
            "the receipt e-mails owed so far to go out");
}
