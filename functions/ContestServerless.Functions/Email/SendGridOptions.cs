using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Functions.Email;

/// <summary>SendGrid settings. In Azure the API key comes from Key Vault through a Key Vault reference.</summary>
public sealed class SendGridOptions
{
    [Required] public string ApiKey { get; set; } = "";

    [Required, EmailAddress] public string FromEmail { get; set; } = "";

    public string FromName { get; set; } = "";

    /// <summary>Another SendGrid-compatible endpoint (the local outbox); empty for SendGrid itself.</summary>
    public string? Host { get; set; }

    /// <summary>
    /// The Event Webhook's verification key (Mail Settings → Event Webhook → Signed Event Webhook): base64 of the ECDSA
    /// P-256 public key. Not a secret. Empty refuses every delivery event.
    /// </summary>
    public string? WebhookPublicKey { get; set; }

    /// <summary>SendGrid validates the message but delivers nothing: for staging slots.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>Requests per message when SendGrid answers 429 or 5xx or cannot be reached.</summary>
    [Range(1, 10)] public int MaxAttempts { get; set; } = 4;

    /// <summary>Longest wait between two requests, whatever SendGrid's rate-limit headers ask for.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
