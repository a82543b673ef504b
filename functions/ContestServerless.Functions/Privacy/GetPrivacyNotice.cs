using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>The notice's settings for the form and the notice page: version, guardian age, contest year, region, retention.</summary>
public sealed class GetPrivacyNotice(PrivacyOptions privacy, ContestOptions contest)
{
    [Function(nameof(GetPrivacyNotice))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "privacy")] HttpRequest request) =>
        new OkObjectResult(PrivacyViews.Notice(privacy, contest));
}
