namespace ContestServerless.Domain.Staff;

/// <summary>The staff list organizers manage in the UI; Static Web Apps asks it for roles at sign-in.</summary>
public interface IStaffList
{
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken);

    Task SaveAsync(StaffMember member, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string email, CancellationToken cancellationToken);
}

/// <summary>A person of the secretariat or the jury, keyed by the e-mail address they sign in with.</summary>
public sealed record StaffMember(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset AddedAt, string AddedBy)
{
    /// <summary>The unit a judge works in, if any: a judge never scores entries from it or from a unit above or below it.</summary>
    public string? UnitId { get; init; }
}
