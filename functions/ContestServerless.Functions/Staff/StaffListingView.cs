namespace ContestServerless.Functions.Staff;

/// <summary>A staff member as the staff page lists it; <c>FromSettings</c> ones cannot be removed there.</summary>
public sealed record StaffListingView(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset? AddedAt, string? AddedBy, bool FromSettings);
