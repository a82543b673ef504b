namespace ContestServerless.Domain.Staff;

/// <summary>A staff member as the staff page sends it; <see cref="UnitId"/> is a judge's unit, if any ("" for none, left out to keep the one recorded).</summary>
public sealed record StaffRequest(string? Email, string? Name, List<string>? Roles, string? UnitId = null);
