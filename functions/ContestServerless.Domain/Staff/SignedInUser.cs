namespace ContestServerless.Domain.Staff;

/// <summary>Someone the platform signed in, as it describes them.</summary>
public sealed record SignedInUser(string UserId, string Name, IReadOnlyCollection<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
