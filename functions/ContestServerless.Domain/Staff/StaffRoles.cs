namespace ContestServerless.Domain.Staff;

/// <summary>The roles the product knows. Static Web Apps also gives everyone "anonymous" and "authenticated".</summary>
public static class StaffRoles
{
    /// <summary>The secretariat (Thường trực Hội đồng Thi đua - Khen thưởng, Sở Nội vụ).</summary>
    public const string Organizer = "organizer";

    /// <summary>A member of the jury (Ban Giám khảo).</summary>
    public const string Judge = "judge";

    public static readonly IReadOnlyList<string> All = [Organizer, Judge];

    /// <summary>The role as people call it: "Ban Tổ chức", "Ban Giám khảo".</summary>
    public static string Label(string role) => role switch
    {
        Organizer => "Ban Tổ chức",
        Judge => "Ban Giám khảo",
        _ => role,
    };
}

/// <summary>Someone the platform signed in, as it describes them.</summary>
public sealed record SignedInUser(string UserId, string Name, IReadOnlyCollection<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
