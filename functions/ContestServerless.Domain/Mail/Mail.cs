namespace ContestServerless.Domain.Mail;

public sealed record MailAddress(string Email, string Name);

public sealed record MailMessage(string ToEmail, string ToName, string Subject, string PlainText, string Html)
{
    /// <summary>Copied recipients (a unit's other focal points, the other organizers).</summary>
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];
}

/// <summary>What became of a message: accepted by the mail service (with its message id) or not, and why.</summary>
public sealed record MailDelivery(bool Accepted, string? MessageId, int? StatusCode, string? Error)
{
    /// <summary>Requests it took, counting retries after a rate limit or a server error.</summary>
    public int Attempts { get; init; } = 1;
}

/// <summary>Sends e-mail. Never throws for a refused or failed delivery: it reports it.</summary>
public interface IMailer
{
    Task<MailDelivery> SendAsync(MailMessage message, CancellationToken cancellationToken);
}
