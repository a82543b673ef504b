namespace ContestServerless.Domain.Entries;

/// <summary>The exemplary person or collective (gương điển hình) the essay is about.</summary>
public sealed record SubjectRequest(string? Name, string? Address, string? Summary);
