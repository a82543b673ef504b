using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Contest;

/// <summary>Organizers change a contest's settings, naming in If-Match the version they read.</summary>
[DateInput("submissionOpensAt", DateInputKind.Instant)]
[DateInput("submissionClosesAt", DateInputKind.Instant)]
[DateInput("quickReportDueAt", DateInputKind.Instant)]
public sealed class ContestSettingsFunctions(ContestSettingsService settings)
{
    /// <summary>Replaces the settings; 428 without If-Match, 412 when someone saved since it was read (nothing written).</summary>
    [Function("SaveContestSettings")]
    public Task<IActionResult> SaveContestSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/contests/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ContestSettingsRequest>(request, cancellationToken, body =>
            settings.SaveAsync(id, body, request.Headers.IfMatch.ToString(), request.SignedInUser(), cancellationToken)
                .ToActionResultAsync(record => OrganizerContestFunctions.Versioned(request, record)));
}
