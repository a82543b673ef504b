using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Contest;

/// <summary>Organizers extend a contest's submission deadline (gia hạn) with a reason and a public notice.</summary>
[DateInput("closesAt", DateInputKind.Instant)]
public sealed class ContestExtensionFunctions(ContestExtensionService extensions)
{
    /// <summary>Moves the deadline later, as an act of record; answers the settings as they now stand, with their new version.</summary>
    [Function("ExtendContest")]
    public Task<IActionResult> ExtendContest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests/{id}/extension")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ContestExtensionRequest>(request, cancellationToken, body =>
            extensions.ExtendAsync(id, body, request.SignedInUser(), cancellationToken)
                .ToActionResultAsync(record => OrganizerContestFunctions.Versioned(request, record)));
}
