namespace ContestServerless.Domain.Entries;

/// <summary>
/// What an organizer asks for: a late-entry link for a unit or for a named person, until when. <paramref name="ExpiresAt"/>
/// is text read by <see cref="Common.VietnamTime.TryParse"/> (the page sends it with Z), so a time without an offset means
/// Vietnam time rather than the server's, and a year or offset no instant has is a field error.
/// </summary>
public sealed record LateLinkRequest(string? UnitId, string? PersonName, string? ExpiresAt);
