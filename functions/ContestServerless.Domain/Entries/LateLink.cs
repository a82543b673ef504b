namespace ContestServerless.Domain.Entries;

/// <summary>An issued late-entry link: what it allows and the token the entry form's address carries.</summary>
public sealed record LateLink(LatePass Pass, string Token);
