namespace ContestServerless.Domain.Entries;

/// <summary>The filter as organizers send it (query string or JSON), before validation. All parts optional; ids is a comma-separated list of chosen entries; flag is duplicate or eligibility (entries waiting for that decision).</summary>
public sealed record EntryFilterRequest(
    string? Unit = null, string? Movement = null, string? Status = null, string? From = null, string? To = null, string? Q = null, string? Ids = null, string? Flag = null);
