using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Units;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// The contest as the public sees it: its description and rules, and the units to choose from.
/// </summary>
public sealed class ContestFunctions(ContestOptions contest, AbuseGuard guard, TimeProvider clock, IUnitRegister units)
{
    /// <summary>What the home page and the entry form need to know about the contest.</summary>
    [Function("GetContest")]
    public IActionResult GetContest([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contest")] HttpRequest request) =>
        new OkObjectResult(ContestViews.Contest(contest, clock.GetUtcNow(), guard.Enabled));

    /// <summary>The units an entry may belong to (those taking part), for the entry form's list.</summary>
    [Function("ListUnits")]
    public async Task<IActionResult> ListUnits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units")] HttpRequest request, CancellationToken cancellationToken) =>
        // Units that no longer take part leave the form's list.
        new OkObjectResult((await units.ListAsync(cancellationToken)).Where(u => u.Active).Select(UnitViews.Brief));
}
