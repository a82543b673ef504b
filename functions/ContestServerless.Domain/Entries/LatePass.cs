namespace ContestServerless.Domain.Entries;

/// <summary>
/// What a late-entry link (đường dẫn nộp muộn) allows: entering after closing, until <see cref="ExpiresAt"/>, for one
/// unit (<see cref="UnitId"/>) or for one named person (<see cref="PersonName"/>, whoever the entry's author is named).
/// </summary>
public sealed record LatePass(string? UnitId, string? PersonName, DateTimeOffset ExpiresAt);
