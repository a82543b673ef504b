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

/// <summary>A person of the secretariat or the jury, keyed by the e-mail address they sign in with.</summary>
public sealed record StaffMember(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset AddedAt, string AddedBy);

/// <summary>The staff list organizers manage in the UI; Static Web Apps asks it for roles at sign-in.</summary>
public interface IStaffList
{
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken);

    Task SaveAsync(StaffMember member, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string email, CancellationToken cancellationToken);
}

/// <summary>Staff settings (app settings Staff__…).</summary>
public sealed class StaffOptions
{
    /// <summary>
    /// E-mail addresses that are always organizers, separated by ";" or ",". They let the first organizers in
    /// before anyone has been added in the UI, and cannot be removed there.
    /// </summary>
    public string InitialOrganizers { get; set; } = "";

    public IReadOnlyCollection<string> InitialOrganizerEmails =>
        InitialOrganizers.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StaffService.NormalizeEmail).ToHashSet();
}
