using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Units;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// The contests as the public sees them: the list, each one's description and rules, and the units to choose from.
/// </summary>
public sealed class ContestFunctions(ContestDirectory contests, ContestRecord requested, AbuseGuard guard, TimeProvider clock, IUnitRegister units)
{
    /// <summary>
    /// What the home page and the entry form need to know about the request's contest: the one it names (?contest= or
    /// X-Contest), else the deployment's default contest, so the first address keeps answering as it always did.
    /// </summary>
    [Function("GetContest")]
    public IActionResult GetContest([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contest")] HttpRequest request) =>
        new OkObjectResult(ContestViews.Contest(requested, clock.GetUtcNow(), guard.Enabled));

    /// <summary>Every contest with where it stands today, for the home page's list.</summary>
    [Function("ListContests")]
    public IActionResult ListContests([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contests")] HttpRequest request)
    {
        var now = clock.GetUtcNow();
        return new OkObjectResult(contests.All.Select(record => ContestViews.Summary(record, now)).ToList());
    }

    /// <summary>What <see cref="GetContest"/> answers, for the contest the address names.</summary>
    [Function("GetContestById")]
    public IActionResult GetContestById(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contests/{id}")] HttpRequest request, string id) =>
        contests.Find(id) is { } record
            ? new OkObjectResult(ContestViews.Contest(record, clock.GetUtcNow(), guard.Enabled))
            : ApiResults.Problem(ContestSettingsService.NotFound());

    /// <summary>The units an entry may belong to (those taking part), for the entry form's list.</summary>
    [Function("ListUnits")]
    public async Task<IActionResult> ListUnits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units")] HttpRequest request, CancellationToken cancellationToken) =>
        // Units that no longer take part leave the form's list.
        new OkObjectResult((await units.ListAsync(cancellationToken)).Where(u => u.Active).Select(UnitViews.Brief));
}
