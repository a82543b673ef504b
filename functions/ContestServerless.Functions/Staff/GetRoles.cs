using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Staff;

/// <summary>
/// Static Web Apps' roles source (auth.rolesSource in web/staticwebapp.config.json): after each sign-in the
/// platform posts who signed in and grants the roles answered here. Once configured as the roles source, the
/// platform no longer lets outside requests reach this route, and the linked Function App admits only the
/// platform; the local host plays that part by refusing every outside request to the route (403), so
/// nobody can learn who the organizers are by asking.
/// </summary>
public sealed class GetRoles(StaffService staff)
{
    public sealed record Claim(string? Typ, string? Val);

    public sealed record SignIn(string? IdentityProvider, string? UserId, string? UserDetails, List<Claim>? Claims);

    [Function(nameof(GetRoles))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "roles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<SignIn>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        // userDetails is the sign-in name (UPN), which for Entra ID work accounts is the e-mail address.
        var roles = await staff.RolesForAsync(body.Value!.UserDetails, cancellationToken);
        return new OkObjectResult(new RolesView(roles));
    }
}
