using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// Organizers read and change a contest's settings, each change naming in If-Match the version (ETag) it was read at,
/// and extend its submission deadline (gia hạn) with a reason and a public notice.
/// </summary>
public sealed class OrganizerContestFunctions(ContestSettingsService settings, ContestExtensionService extensions, TimeProvider clock)
{
    [Function("GetContestSettings")]
    public Task<IActionResult> GetContestSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/contests/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        settings.GetAsync(id, cancellationToken).ToActionResultAsync(record => Versioned(request, record, clock));

    /// <summary>Replaces the settings; 428 without If-Match, 412 when someone saved since it was read (nothing written).</summary>
    [Function("SaveContestSettings")]
    [DateInput("submissionOpensAt", DateInputKind.Instant)]
    [DateInput("submissionClosesAt", DateInputKind.Instant)]
    [DateInput("quickReportDueAt", DateInputKind.Instant)]
    public Task<IActionResult> SaveContestSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/contests/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ContestSettingsRequest>(request, cancellationToken, body =>
            settings.SaveAsync(id, body, request.Headers.IfMatch.ToString(), request.SignedInUser(), cancellationToken)
                .ToActionResultAsync(record => Versioned(request, record, clock)));

    /// <summary>Moves the deadline later, as an act of record; answers the settings as they now stand, with their new version.</summary>
    [Function("ExtendContest")]
    [DateInput("closesAt", DateInputKind.Instant)]
    public Task<IActionResult> ExtendContest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests/{id}/extension")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ContestExtensionRequest>(request, cancellationToken, body =>
            extensions.ExtendAsync(id, body, request.SignedInUser(), cancellationToken)
                .ToActionResultAsync(record => Versioned(request, record, clock)));

    /// <summary>The settings, with the version a change must name in If-Match.</summary>
    internal static ObjectResult Versioned(HttpRequest request, ContestRecord record, TimeProvider clock)
    {
        request.HttpContext.Response.Headers.ETag = record.Version;
        return new OkObjectResult(ContestViews.Settings(record, clock.GetUtcNow()));
    }
}
