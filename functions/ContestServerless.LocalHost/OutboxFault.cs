namespace ContestServerless.LocalHost;

/// <summary>A refusal the outbox was asked to answer with.</summary>
public sealed record OutboxFault(int Status, int ResetAfterSeconds);
