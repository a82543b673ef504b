namespace ContestServerless.Domain.Entries;

/// <summary>The filter as organizers send it (query string or JSON), before validation. All parts optional.</summary>
public sealed record EntryFilterRequest(
    string? Unit = null, string? Movement = null, string? Status = null, string? From = null, string? To = null, string? Q = null);
