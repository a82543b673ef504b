namespace ContestServerless.Domain.Entries;

/// <summary>A co-author as the entry form sends it.</summary>
public sealed record CoAuthorRequest(string? FullName, int? BirthYear, string? Workplace, string? Phone, string? Email);
