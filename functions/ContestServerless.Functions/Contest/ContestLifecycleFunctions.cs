using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// Organizers create a contest (blank or copied from an earlier one), close its work (archive: read-only from then on)
/// or delete one created by mistake while it holds no entry.
/// </summary>
public sealed class ContestLifecycleFunctions(
    ContestCreationService creation, ContestArchivingService archiving, ContestDeletionService deletion, TimeProvider clock)
{
    /// <summary>201 with the new contest's settings and their version; 409 when the id is taken.</summary>
    [OpenWhenArchived("The list of contests: another is created while the page's working contest is archived.")]
    [Function("CreateContest")]
    public Task<IActionResult> CreateContest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ContestCreationRequest>(request, cancellationToken, body =>
            creation.CreateAsync(body, request.SignedInUser(), cancellationToken).ToActionResultAsync(record =>
            {
                var created = OrganizerContestFunctions.Versioned(request, record, clock);
                created.StatusCode = StatusCodes.Status201Created;
                request.HttpContext.Response.Headers.Location = $"/api/organizer/contests/{Uri.EscapeDataString(record.Id)}";
                return created;
            }));

    /// <summary>The settings as they now stand (status "archived"); an archived contest answers 409 before this runs.</summary>
    [Function("ArchiveContest")]
    public Task<IActionResult> ArchiveContest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests/{id}/archive")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        archiving.ArchiveAsync(id, request.SignedInUser(), cancellationToken)
            .ToActionResultAsync(record => OrganizerContestFunctions.Versioned(request, record, clock));

    /// <summary>204 once the contest and its data are gone; 409 for the first contest or one that holds entries.</summary>
    [OpenWhenArchived("The list of contests: an archived contest's data is removed as a whole when its retention ends.")]
    [Function("DeleteContest")]
    public Task<IActionResult> DeleteContest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/contests/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        deletion.DeleteAsync(id, request.SignedInUser(), cancellationToken).NoContentAsync();
}
