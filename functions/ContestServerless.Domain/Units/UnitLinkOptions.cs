using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Units;

/// <summary>Settings of the units' personal links (app settings UnitLink__SigningKey, UnitLink__ValidAfterClosing).</summary>
public sealed class UnitLinkOptions : IValidatableObject
{
    /// <summary>Base64 HMAC key of at least 32 bytes; in Azure a Key Vault reference.</summary>
    [Required] public string SigningKey { get; set; } = "";

    /// <summary>How long after submission closes a link keeps working (the unit follows up and reports).</summary>
    public TimeSpan ValidAfterClosing { get; set; } = TimeSpan.FromDays(60);

    public byte[] Key() => Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        byte[]? key = null;
        try
        {
            key = Key();
        }
        catch (FormatException)
        {
        }
        if (key is not { Length: >= 32 })
            yield return new ValidationResult("UnitLink:SigningKey must be a base64 key of at least 32 bytes (e.g. openssl rand -base64 48).");
    }
}
