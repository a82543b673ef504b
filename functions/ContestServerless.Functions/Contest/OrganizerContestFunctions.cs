using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// Organizers read a contest's settings with the version (ETag) a change must name in If-Match. Changing them and
/// extending the deadline are classes of their own, since each declares the dates it reads (<see cref="DateInputAttribute"/>).
/// </summary>
public sealed class OrganizerContestFunctions(ContestSettingsService settings)
{
    [Function("GetContestSettings")]
    public Task<IActionResult> GetContestSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/contests/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        settings.GetAsync(id, cancellationToken).ToActionResultAsync(record => Versioned(request, record));

    /// <summary>The settings, with the version a change must name in If-Match.</summary>
    internal static OkObjectResult Versioned(HttpRequest request, ContestRecord record)
    {
        request.HttpContext.Response.Headers.ETag = record.Version;
        return new OkObjectResult(ContestViews.Settings(record));
    }
}
