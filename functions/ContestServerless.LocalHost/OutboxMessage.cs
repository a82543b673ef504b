namespace ContestServerless.LocalHost;

/// <summary>An e-mail the app handed to the local SendGrid stand-in.</summary>
public sealed record OutboxMessage(
    string MessageId, DateTimeOffset ReceivedAt, string FromEmail, string[] To, string Subject, string PlainText, string Html,
    bool SandboxMode)
{
    public string[] Cc { get; init; } = [];

    /// <summary>The message's custom args, which SendGrid echoes in each of its events (the app's contest and log row).</summary>
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = new Dictionary<string, string>();
}
