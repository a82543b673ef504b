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
