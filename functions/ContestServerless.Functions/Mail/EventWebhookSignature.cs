using System.Globalization;
using ContestServerless.Functions.Email;
using Microsoft.Extensions.Options;
using SendGrid.Helpers.EventWebhook;

namespace ContestServerless.Functions.Mail;

/// <summary>
/// Checks SendGrid's signed Event Webhook: an ECDSA (P-256, SHA-256) signature over the timestamp header followed by
/// the raw body, with the account's verification key (<see cref="SendGridOptions.WebhookPublicKey"/>), through the
/// SendGrid package's own <see cref="RequestValidator"/>. A timestamp more than <see cref="MaxAge"/> from now, either
/// way, is refused, so a captured batch cannot be replayed later. Without a key nothing is accepted.
/// </summary>
public sealed class EventWebhookSignature(IOptions<SendGridOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly Lazy<EllipticCurve.PublicKey?> _key = new(() => Import(options.Value.WebhookPublicKey));

    /// <summary>Whether the request carries a valid, fresh signature over <paramref name="body"/> (the raw body, as received).</summary>
    public bool Holds(IHeaderDictionary headers, string body)
    {
        var signature = headers[RequestValidator.SIGNATURE_HEADER].ToString();
        var timestamp = headers[RequestValidator.TIMESTAMP_HEADER].ToString();
        if (_key.Value is not { } key || signature.Length == 0 || timestamp.Length == 0) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()) return false;
        if ((clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxAge) return false;
        try
        {
            return new RequestValidator().VerifySignature(key, body, signature, timestamp);
        }
        catch (Exception)
        {
            // The package's DER parser throws assorted exceptions on a signature that is not base64 or not DER at all;
            // each is a signature that does not hold.
            return false;
        }
    }

    private static EllipticCurve.PublicKey? Import(string? publicKey)
    {
        if (string.IsNullOrWhiteSpace(publicKey)) return null;
        try
        {
            return new RequestValidator().ConvertPublicKeyToECDSA(publicKey.Trim());
        }
        catch (Exception)
        {
            // Not a key: refuse every batch (401) rather than stop the app, which has more to do than take events.
            return null;
        }
    }
}
