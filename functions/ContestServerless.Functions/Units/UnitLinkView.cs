namespace ContestServerless.Functions.Units;

/// <summary>The portal's address for a link; the page reads the token from the fragment, which never reaches a server.</summary>
public sealed record UnitLinkView(string UnitId, string Path, DateTimeOffset ExpiresAt);
