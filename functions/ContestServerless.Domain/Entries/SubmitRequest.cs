namespace ContestServerless.Domain.Entries;

/// <summary>The body of a submit: the key handed out when the entry was created.</summary>
public sealed record SubmitRequest(string? SubmitKey);
