using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

// The organizers' entry routes live in three classes because [DateInput] is read from the class and every route of a
// class carrying it is held to those dates: the list and its export read from/to, the late-entry link reads expiresAt,
// and the routes about one entry read no date at all.

/// <summary>Organizers open one entry, download its file and decide its eligibility.</summary>
public sealed class OrganizerEntryFunctions(EntryCatalog catalog, EntryExports exports, EligibilityService eligibility)
{
    /// <summary>All of one entry's data, for its page; recorded in the audit trail.</summary>
    [Function("OpenEntry")]
    public Task<IActionResult> OpenEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/entries/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        catalog.OpenAsync(request.SignedInUser(), id, cancellationToken).OkAsync(EntryViews.Details);

    /// <summary>Redirects to a read-only link to one entry's file, valid for minutes, saved under a readable name.</summary>
    [Function("DownloadEntry")]
    public Task<IActionResult> DownloadEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/entries/{id}/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        exports.DownloadLinkAsync(request.SignedInUser(), id, cancellationToken).RedirectAsync();

    /// <summary>Organizers keep or exclude an entry flagged as possibly not eligible (body: {decision: keep|exclude, reason}).</summary>
    [Function("DecideEligibility")]
    public Task<IActionResult> DecideEligibility(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/eligibility")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<EligibilityRequest>(request, cancellationToken, body =>
            eligibility.DecideAsync(request.SignedInUser(), id, body, cancellationToken).OkAsync(EntryGroupViews.Eligibility));
}

/// <summary>The organizers' entry list and its export, both filtered by ?unit=&amp;movement=&amp;status=&amp;from=&amp;to=&amp;q=.</summary>
[DateInput("from", DateInputKind.Day)]
[DateInput("to", DateInputKind.Day)]
public sealed class EntryListFunctions(EntryCatalog catalog, EntryExports exports)
{
    /// <summary>
    /// Entries matching a filter, a page at a time: ?unit=&amp;movement=&amp;status=&amp;from=&amp;to=&amp;q=&amp;sort=&amp;pageSize=&amp;page=
    /// (page is the nextPage of the previous answer; sort is newest, title, unit or movement).
    /// </summary>
    [Function("ListEntries")]
    public Task<IActionResult> ListEntries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/entries")] HttpRequest request, CancellationToken cancellationToken) =>
        catalog.ListAsync(EntryViews.Filter(request.Query), request.Query["page"], request.Query["pageSize"], request.Query["sort"], cancellationToken)
            .OkAsync(EntryViews.Page);

    /// <summary>Every entry matching the list's filter, every field, as .xlsx (default) or CSV (?format=csv).</summary>
    [Function("ExportEntries")]
    public Task<IActionResult> ExportEntries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/entries")] HttpRequest request,
        CancellationToken cancellationToken) =>
        exports.ExportAsync(request.SignedInUser(), EntryViews.Filter(request.Query), request.Query["format"], cancellationToken).FileAsync(request);
}

/// <summary>Late-entry links (nộp muộn có phép) for a unit or a named person.</summary>
[DateInput("expiresAt", DateInputKind.Instant)]
public sealed class LateLinkFunctions(LateLinkService lateLinks)
{
    /// <summary>Issues a late-entry link for a unit or a named person (recorded in the audit trail).</summary>
    [Function("IssueLateLink")]
    public Task<IActionResult> IssueLateLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/late-links")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<LateLinkRequest>(request, cancellationToken, body =>
            lateLinks.IssueAsync(request.SignedInUser(), body, cancellationToken).CreatedAsync(LateLinkView.Of));
}
