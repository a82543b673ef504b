using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>Issues a late-entry link for a unit or a named person (recorded in the audit trail).</summary>
[DateInput("expiresAt", DateInputKind.Instant)]
public sealed class IssueLateLink(LateLinkService lateLinks)
{
    [Function(nameof(IssueLateLink))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/late-links")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();

        var body = await JsonBody.ReadAsync<LateLinkRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var link = await lateLinks.IssueAsync(user, body.Value!, cancellationToken);
        return link.ToActionResult(issued => ApiResults.Created(LateLinkView.Of(issued)));
    }
}
