namespace ContestServerless.Domain.Duplicates;

/// <summary>Organizers mark an entry as a copy of <see cref="CopyOf"/>, saying why.</summary>
public sealed record DuplicateRequest(string? CopyOf, string? Reason);
