namespace ContestServerless.Domain.Judging;

/// <summary>One author of an entry (a group has several), as far as conflicts are concerned.</summary>
public sealed record AuthorIdentity(string FullName, string Email);
