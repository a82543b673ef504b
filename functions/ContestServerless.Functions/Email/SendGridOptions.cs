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

    /// <summary>SendGrid validates the message but delivers nothing: for staging slots.</summary>
    public bool SandboxMode { get; set; }
}
