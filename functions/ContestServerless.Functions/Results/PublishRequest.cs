namespace ContestServerless.Functions.Results;

/// <summary>
/// When the results become public: Vietnam local time ("yyyy-MM-ddTHH:mm"); empty for now. <see cref="Reason"/> is
/// required only while submissions are still open (audited).
/// </summary>
public sealed record PublishRequest(string? At, string? Reason = null);
