namespace ContestServerless.Domain.Staff;

/// <summary>A staff member as the staff page lists it; <see cref="FromSettings"/> ones cannot be removed there.</summary>
public sealed record StaffListing(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset? AddedAt, string? AddedBy, bool FromSettings, string? UnitId = null, string? UnitName = null);
