namespace ContestServerless.Functions.Staff;

/// <summary>
/// A staff member as the staff page lists it; <c>FromSettings</c> ones cannot be removed there. <c>UnitId</c> is a
/// judge's unit (kept away from its entries), shown as <c>UnitName</c>.
/// </summary>
public sealed record StaffListingView(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset? AddedAt, string? AddedBy, bool FromSettings,
    string? UnitId, string? UnitName);
