namespace ContestServerless.Domain.Mail;

public sealed record MailMessage(string ToEmail, string ToName, string Subject, string PlainText, string Html)
{
    /// <summary>Copied recipients (a unit's other focal points, the other organizers).</summary>
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];
}

public sealed record MailAddress(string Email, string Name);
