using System.Net;
using System.Net.Http.Json;
using ContestServerless.Domain.Mail;
using ContestServerless.Functions.Email;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SendGrid;

namespace ContestServerless.Tests.LocalHost;

[Collection(StackCollection.Name)]
public sealed class OutboxTests(ContestStack stack)
{
    private static readonly MailMessage Message = new("nhan@example.org", "Người nhận", "Thư thử", "Nội dung", "<p>Nội dung</p>");

    private static SendGridMailer Mailer(string host, bool sandbox = false) => new(
        new SendGridClient(new HttpClient(), new SendGridClientOptions { ApiKey = "test-key", Host = host }),
        Options.Create(new SendGridOptions { ApiKey = "test-key", FromEmail = "btc@example.org", FromName = "Ban Tổ chức", SandboxMode = sandbox, MaxAttempts = 1 }),
        TimeProvider.System,
        NullLogger<SendGridMailer>.Instance);

    [Fact]
    public async Task The_SendGrid_client_delivers_to_the_outbox_with_a_message_id()
    {
        var delivery = await Mailer(stack.SendGridHost, sandbox: true).SendAsync(Message, CancellationToken.None);

        Assert.True(delivery.Accepted);
        var kept = Assert.Single(stack.Outbox.Messages, m => m.MessageId == delivery.MessageId);
        Assert.Equal(["nhan@example.org"], kept.To);
        Assert.Equal("Thư thử", kept.Subject);
        Assert.True(kept.SandboxMode);
    }

    [Fact]
    public async Task The_outbox_refuses_a_request_without_an_api_key_as_SendGrid_does()
    {
        var response = await stack.Http.PostAsJsonAsync("/sendgrid/v3/mail/send", new { subject = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_mail_service_that_cannot_be_reached_is_reported_not_thrown()
    {
        var delivery = await Mailer($"http://127.0.0.1:{Azurite.FreePort()}").SendAsync(Message, CancellationToken.None);

        Assert.False(delivery.Accepted);
        Assert.NotNull(delivery.Error);
    }

    [Fact]
    public async Task The_outbox_page_shows_the_messages_in_Vietnamese()
    {
        await Mailer(stack.SendGridHost).SendAsync(Message with { Subject = "Thư <b>đậm</b>" }, CancellationToken.None);

        var page = await stack.Http.GetStringAsync("/outbox/");

        Assert.Contains("Hộp thư đi", page);
        Assert.Contains("Thư &lt;b&gt;đậm&lt;/b&gt;", page);
    }
}
