using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Staff;

/// <summary>
/// The staff list organizers manage, and the roles Static Web Apps asks for at each sign-in.
/// </summary>
public sealed class StaffFunctions(StaffService staff)
{
    /// <summary>
    /// Static Web Apps' roles source (auth.rolesSource in web/staticwebapp.config.json): after each sign-in the
    /// platform posts who signed in and grants the roles answered here. Once configured as the roles source, the
    /// platform no longer lets outside requests reach this route, and the linked Function App admits only the
    /// platform; the local host plays that part by refusing every outside request to the route (403), so
    /// nobody can learn who the organizers are by asking.
    /// </summary>
    [OpenWhenArchived("The deployment's, not the contest's: the roles a sign-in reads.")]
    [Function("GetRoles")]
    public Task<IActionResult> GetRoles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "roles")] HttpRequest request, CancellationToken cancellationToken) =>
        // userDetails is the sign-in name (UPN), which for Entra ID work accounts is the e-mail address.
        JsonBody.HandleAsync<SignIn>(request, cancellationToken, async body =>
            new OkObjectResult(new RolesView(await staff.RolesForAsync(body.UserDetails, cancellationToken))));

    [Function("ListStaff")]
    public async Task<IActionResult> ListStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/staff")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult((await staff.ListAsync(cancellationToken)).Select(StaffViews.Listing));

    /// <summary>Adds a staff member or changes one's name and roles; takes effect at their next sign-in.</summary>
    [OpenWhenArchived("The deployment's, not the contest's: staff.")]
    [Function("SaveStaff")]
    public Task<IActionResult> SaveStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/staff")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<StaffRequest>(request, cancellationToken, body =>
            staff.SaveAsync(request.SignedInUser(), body, cancellationToken).OkAsync(StaffViews.Member));

    [OpenWhenArchived("The deployment's, not the contest's: staff.")]
    [Function("RemoveStaff")]
    public Task<IActionResult> RemoveStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/staff/{email}")] HttpRequest request,
        string email, CancellationToken cancellationToken) =>
        staff.RemoveAsync(request.SignedInUser(), email, cancellationToken).NoContentAsync();
}

public sealed record Claim(string? Typ, string? Val);

public sealed record SignIn(string? IdentityProvider, string? UserId, string? UserDetails, List<Claim>? Claims);
