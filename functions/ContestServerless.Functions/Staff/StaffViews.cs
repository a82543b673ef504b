using ContestServerless.Domain.Staff;

namespace ContestServerless.Functions.Staff;

public static class StaffViews
{
    public static StaffListingView Listing(StaffListing listing) =>
        new(listing.Email, listing.Name, listing.Roles, listing.AddedAt, listing.AddedBy, listing.FromSettings,
            listing.UnitId, listing.UnitName);

    public static StaffMemberView Member(StaffMember member) =>
        new(member.Email, member.Name, member.Roles, member.AddedAt, member.AddedBy, member.UnitId);
}

/// <summary>The roles Static Web Apps grants at sign-in.</summary>
public sealed record RolesView(IReadOnlyList<string> Roles);

/// <summary>A staff member as just saved, with the judge's unit if any.</summary>
public sealed record StaffMemberView(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset AddedAt, string AddedBy, string? UnitId);

/// <summary>
/// A staff member as the staff page lists it; <c>FromSettings</c> ones cannot be removed there. <c>UnitId</c> is a
/// judge's unit (kept away from its entries), shown as <c>UnitName</c>.
/// </summary>
public sealed record StaffListingView(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset? AddedAt, string? AddedBy, bool FromSettings,
    string? UnitId, string? UnitName);
