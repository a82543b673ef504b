using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>The approved results as .xlsx: the prizes with authors and units, and the unit awards table.</summary>
public sealed class ExportResults(ResultsService results)
{
    [Function(nameof(ExportResults))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/export")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var export = await results.ExportAsync(user, cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }
}
