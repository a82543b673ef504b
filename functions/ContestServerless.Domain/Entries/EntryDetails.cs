namespace ContestServerless.Domain.Entries;

/// <summary>An entry with the names organizers read instead of ids.</summary>
public sealed record EntryDetails(Entry Entry, string UnitName, string MovementName);
