namespace ContestServerless.LocalHost;

/// <summary>The principal as Static Web Apps describes it to the page.</summary>
public sealed record ClientPrincipalView(string IdentityProvider, string UserId, string UserDetails, IReadOnlyCollection<string> UserRoles);
