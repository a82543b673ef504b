namespace ContestServerless.Functions.Results;

/// <summary>When the results become public: Vietnam local time ("yyyy-MM-ddTHH:mm"); empty for now.</summary>
public sealed record PublishRequest(string? At);
