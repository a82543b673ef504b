namespace ContestServerless.Functions.UnitPortal;

/// <summary>A read-only link to an entry's file for the unit's page to open, valid until <c>ExpiresAt</c> (Vietnam time).</summary>
public sealed record FileLinkView(string Url, DateTimeOffset ExpiresAt);
