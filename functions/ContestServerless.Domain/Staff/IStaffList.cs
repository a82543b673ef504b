namespace ContestServerless.Domain.Staff;

/// <summary>The staff list organizers manage in the UI; Static Web Apps asks it for roles at sign-in.</summary>
public interface IStaffList
{
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken);

    Task SaveAsync(StaffMember member, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string email, CancellationToken cancellationToken);
}
