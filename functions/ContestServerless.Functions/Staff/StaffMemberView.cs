namespace ContestServerless.Functions.Staff;

/// <summary>A staff member as just saved, with the judge's unit if any.</summary>
public sealed record StaffMemberView(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset AddedAt, string AddedBy, string? UnitId);
