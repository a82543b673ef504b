using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Units;

/// <summary>The unit register in the import format, as .xlsx (default) or CSV.</summary>
public sealed class ExportUnits(UnitRegisterService register)
{
    [Function(nameof(ExportUnits))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/units")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var export = await register.ExportAsync(user, request.Query["format"], cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
