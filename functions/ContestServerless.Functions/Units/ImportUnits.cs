using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Units;

/// <summary>
/// Imports a units file (.xlsx or UTF-8 CSV, the body of the request). Without ?apply=true it only previews what
/// would be added, changed and refused; with it, it writes everything or, if any line is refused, nothing.
/// </summary>
public sealed class ImportUnits(UnitRegisterService register)
{
    [Function(nameof(ImportUnits))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/units/import")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var rows = await SpreadsheetUpload.ReadRowsAsync(request, cancellationToken);
        if (rows.Problem is { } unreadable) return ApiResults.Problem(unreadable);

        var apply = string.Equals(request.Query["apply"], "true", StringComparison.OrdinalIgnoreCase);
        var result = apply
            ? await register.ImportAsync(user, rows.Value!, cancellationToken)
            : await register.PreviewImportAsync(rows.Value!, cancellationToken);
        return result.ToActionResult(preview => new OkObjectResult(UnitViews.Preview(preview)));
    }
}
