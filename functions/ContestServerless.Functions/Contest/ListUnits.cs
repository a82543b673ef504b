using ContestServerless.Domain.Units;
using ContestServerless.Functions.Units;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Contest;

/// <summary>The units an entry may belong to (those taking part), for the entry form's list.</summary>
public sealed class ListUnits(IUnitRegister units)
{
    [Function(nameof(ListUnits))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var all = await units.ListAsync(cancellationToken);
        // Units that no longer take part leave the form's list.
        return new OkObjectResult(all.Where(u => u.Active).Select(UnitViews.Brief));
    }
}
