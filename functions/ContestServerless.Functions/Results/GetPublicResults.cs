using ContestServerless.Domain.Results;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>The public results: a 404 problem until the time organizers chose, then every tier with its winners.</summary>
public sealed class GetPublicResults(ResultsService results)
{
    [Function(nameof(GetPublicResults))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "results")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var published = await results.PublicAsync(cancellationToken);
        return published.ToActionResult(r => new OkObjectResult(ResultsViews.Public(r)));
    }
}
