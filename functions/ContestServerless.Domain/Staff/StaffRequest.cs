namespace ContestServerless.Domain.Staff;

public sealed record StaffRequest(string? Email, string? Name, List<string>? Roles);
