using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SendGrid;

namespace ContestServerless.Tests.LocalHost;

[Collection(StackCollection.Name)]
public sealed class OutboxTests(ContestStack stack)
{
    private static readonly MailMessage Message = new("nhan@example.org", "Người nhận", "Thư thử", "Nội dung", "<p>Nội dung</p>");

    /// <summary>The key the app is configured with, which the outbox (as SendGrid) accepts.</summary>
    private string ApiKey => stack.Services.GetRequiredService<IOptions<SendGridOptions>>().Value.ApiKey;

    private SendGridMailer Mailer(string host, bool sandbox = false, int maxAttempts = 1, TimeProvider? clock = null, string? apiKey = null) => new(
        new SendGridClient(new HttpClient(), new SendGridClientOptions { ApiKey = apiKey ?? ApiKey, Host = host }),
        Options.Create(new SendGridOptions
        {
            ApiKey = apiKey ?? ApiKey, FromEmail = "btc@example.org", FromName = "Ban Tổ chức", SandboxMode = sandbox, MaxAttempts = maxAttempts,
            MaxRetryDelay = TimeSpan.FromMinutes(1),
        }),
        clock ?? TimeProvider.System,
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
    public async Task The_outbox_refuses_a_key_that_is_not_the_apps_as_SendGrid_does()
    {
        await stack.ReceiptsSentAsync();
        var requests = stack.Outbox.Requests;

        var delivery = await Mailer(stack.SendGridHost, apiKey: "SG.doan-bua").SendAsync(Message, CancellationToken.None);

        Assert.Equal((false, 401), (delivery.Accepted, delivery.StatusCode));
        Assert.Equal(1, stack.Outbox.Requests - requests);
    }

    [Fact]
    public async Task Only_a_signed_in_organizer_may_read_the_outbox_which_holds_personal_data()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = stack.BaseAddress };
        using var judge = await stack.SignInAsync("giamkhao@example.org", StaffRoles.Judge);
        using var organizer = await stack.SignInAsOrganizerAsync();

        var page = await anonymous.GetAsync("/outbox/");
        var messages = await anonymous.GetAsync("/outbox/messages");
        var faults = await anonymous.PostAsJsonAsync("/outbox/faults", new { status = 500 });
        var judgesPage = await judge.GetAsync("/outbox/");
        var judgesMessages = await judge.GetAsync("/outbox/messages");
        var organizersMessages = await organizer.GetAsync("/outbox/messages");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/.auth/login/aad", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, messages.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, faults.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, judgesPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, judgesMessages.StatusCode);
        Assert.Equal(HttpStatusCode.OK, organizersMessages.StatusCode);
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

        using var organizer = await stack.SignInAsOrganizerAsync();
        var page = await organizer.GetStringAsync("/outbox/");

        Assert.Contains("Hộp thư đi", page);
        Assert.Contains("Thư &lt;b&gt;đậm&lt;/b&gt;", page);
    }

    [Fact]
    public async Task A_rate_limited_send_waits_until_SendGrids_reset_time_before_trying_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await stack.ReceiptsSentAsync();
        var requests = stack.Outbox.Requests;
        stack.Outbox.FailNext(StatusCodes.Status429TooManyRequests, resetAfterSeconds: 30);

        var sending = Mailer(stack.SendGridHost, maxAttempts: 3, clock: clock).SendAsync(Message, CancellationToken.None);
        await Eventually.WaitAsync(() => stack.Outbox.Requests != requests, "the first attempt");
        clock.Advance(TimeSpan.FromSeconds(26));
        await Task.Delay(300);
        var retriedEarly = stack.Outbox.Requests - requests > 1;
        clock.Advance(TimeSpan.FromSeconds(6));
        var delivery = await sending.WaitAsync(Eventually.Bound);

        Assert.False(retriedEarly);
        Assert.True(delivery.Accepted);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(2, stack.Outbox.Requests - requests);
    }

    [Fact]
    public async Task A_refusal_that_is_not_a_rate_limit_or_server_error_is_not_retried()
    {
        await stack.ReceiptsSentAsync();
        var requests = stack.Outbox.Requests;
        stack.Outbox.FailNext(StatusCodes.Status403Forbidden);

        var delivery = await Mailer(stack.SendGridHost, maxAttempts: 3).SendAsync(Message, CancellationToken.None);

        Assert.Equal((false, 403, 1), (delivery.Accepted, delivery.StatusCode, delivery.Attempts));
        Assert.Equal(1, stack.Outbox.Requests - requests);
    }

    [Fact]
    public async Task The_outbox_can_be_told_to_refuse_the_next_request_and_refuses_a_status_that_is_not_an_error()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var told = await organizer.PostAsJsonAsync("/outbox/faults", new { status = 429, resetAfterSeconds = 0 });
        var refused = await organizer.PostAsJsonAsync("/outbox/faults", new { status = 200 });
        var delivery = await Mailer(stack.SendGridHost).SendAsync(Message, CancellationToken.None);

        Assert.Equal(HttpStatusCode.NoContent, told.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal((false, 429), (delivery.Accepted, delivery.StatusCode));
    }

    [Fact]
    public async Task Copies_go_to_the_cc_recipients_once_even_when_listed_twice()
    {
        var message = Message with
        {
            Subject = "Thư có đồng gửi",
            Cc = [new("phu@example.org", "Phụ"), new("PHU@example.org", "Phụ"), new("nhan@example.org", "Người nhận")],
        };

        var delivery = await Mailer(stack.SendGridHost).SendAsync(message, CancellationToken.None);

        Assert.True(delivery.Accepted, delivery.Error);
        var kept = Assert.Single(stack.Outbox.Messages, m => m.MessageId == delivery.MessageId);
        Assert.Equal(["phu@example.org"], kept.Cc);
    }
}
