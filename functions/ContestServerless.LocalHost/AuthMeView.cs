namespace ContestServerless.LocalHost;

/// <summary>Static Web Apps' answer to /.auth/me: the signed-in principal, or null when nobody is signed in.</summary>
public sealed record AuthMeView(ClientPrincipalView? ClientPrincipal);
