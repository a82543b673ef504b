using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContestServerless.Domain.Mail;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Mail;

/// <summary>
/// SendGrid's Event Webhook takes only batches signed with the configured key, over the very body sent, within five
/// minutes of now; each refusal leaves the message's status as it was.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class EventWebhookRefusalTests(ContestStack stack)
{
    private OutboxEvents Signer => stack.Services.GetRequiredService<OutboxEvents>();

    private async Task<(string Id, string Body)> DeliveredMessageWithBounceAsync()
    {
        var id = await MailEvents.SendAsync(stack, $"tu-choi-{Guid.NewGuid():N}@example.org");
        await MailEvents.WaitForStatusAsync(stack, id, MessageStatus.Delivered);
        return (id, MailEvents.Batch(MailEvents.ContestId(stack), (id, "bounce")));
    }

    private async Task AssertRefusedAndUnchangedAsync(HttpResponseMessage response, string id)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MessageStatus.Delivered, (await MailEvents.Log(stack).FindAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_batch_without_a_signature_is_refused()
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();

        var response = await MailEvents.PostAsync(stack, body, MailEvents.Now(), signature: null);

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Fact]
    public async Task A_batch_without_a_timestamp_is_refused()
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();

        var response = await MailEvents.PostAsync(stack, body, timestamp: null, Signer.Sign(MailEvents.Now(), body));

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Fact]
    public async Task A_batch_signed_with_another_key_is_refused()
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var timestamp = MailEvents.Now();
        var forged = Convert.ToBase64String(other.SignData(Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        var response = await MailEvents.PostAsync(stack, body, timestamp, forged);

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Fact]
    public async Task A_signature_that_is_not_base64_is_refused()
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();

        var response = await MailEvents.PostAsync(stack, body, MailEvents.Now(), "khong-phai-chu-ky!!");

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Fact]
    public async Task A_valid_signature_over_a_different_body_is_refused()
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();
        var timestamp = MailEvents.Now();
        var signedBody = MailEvents.Batch(MailEvents.ContestId(stack), (id, "delivered"));

        var response = await MailEvents.PostAsync(stack, body, timestamp, Signer.Sign(timestamp, signedBody));

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Fact]
    public async Task A_signature_over_the_same_body_with_another_timestamp_is_refused()
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var response = await MailEvents.PostAsync(stack, body, (now - 1).ToString(CultureInfo.InvariantCulture), Signer.Sign(now.ToString(CultureInfo.InvariantCulture), body));

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    public async Task A_batch_signed_ten_minutes_from_now_either_way_is_refused_as_a_replay(int minutes)
    {
        var (id, body) = await DeliveredMessageWithBounceAsync();
        var timestamp = DateTimeOffset.UtcNow.AddMinutes(minutes).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var response = await MailEvents.PostAsync(stack, body, timestamp, Signer.Sign(timestamp, body));

        await AssertRefusedAndUnchangedAsync(response, id);
    }

    [Fact]
    public async Task A_ten_megabyte_body_is_refused_as_too_large()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("{\"event\":\"delivered\",\"filler\":\"" + new string('x', 1000) + "\"}", 10_000)) + "]";

        var response = await MailEvents.PostSignedAsync(stack, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_with_a_valid_signature_is_a_bad_request()
    {
        var response = await MailEvents.PostSignedAsync(stack, "[{\"event\": \"delivered\",");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("body", (await response.ReadProblem()).Errors.Keys);
    }

    [Fact]
    public async Task Malformed_json_without_a_signature_is_refused_before_it_is_read()
    {
        var response = await MailEvents.PostAsync(stack, "[{\"event\": \"delivered\",", MailEvents.Now(), signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
