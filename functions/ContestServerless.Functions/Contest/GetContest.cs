using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Contest;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Contest;

/// <summary>What the home page and the entry form need to know about the contest.</summary>
public sealed class GetContest(ContestOptions contest, AbuseGuard guard, TimeProvider clock)
{
    [Function(nameof(GetContest))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contest")] HttpRequest request)
    {
        return new OkObjectResult(ContestViews.Contest(contest, clock.GetUtcNow(), guard.Enabled));
    }
}
