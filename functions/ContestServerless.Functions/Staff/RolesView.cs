namespace ContestServerless.Functions.Staff;

/// <summary>The roles Static Web Apps grants at sign-in.</summary>
public sealed record RolesView(IReadOnlyList<string> Roles);
