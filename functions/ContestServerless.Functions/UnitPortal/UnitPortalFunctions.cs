using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Reports;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>
/// The unit portal (trang của đơn vị), reached with the unit's personal link in a header: the unit's page, its entries'
/// files, screening, entries handed in on paper and the quick report's signed scan.
/// </summary>
public sealed class UnitPortalFunctions(
    UnitPortalService portal, EntryScreeningService screening, QuickReportFilingService reports, UnitAccess access, EntryService entries, ContestOptions contest)
{
    /// <summary>The unit's page: its entries and its sub-units', the count against the minimum, deadlines, the quick report.</summary>
    [Function("GetUnitPortal")]
    public Task<IActionResult> GetUnitPortal(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unit")] HttpRequest request, CancellationToken cancellationToken) =>
        portal.OpenAsync(UnitLinkHeader.Read(request), cancellationToken).OkAsync(p => UnitPortalViews.Portal(p, contest));

    /// <summary>
    /// A short-lived link to the file of an entry of the unit (or a sub-unit), answered as JSON rather than a redirect:
    /// the unit's token travels in a header, which a plain link cannot carry. Another unit's entry answers 404, like a
    /// missing one.
    /// </summary>
    [Function("OpenUnitEntryFile")]
    public Task<IActionResult> OpenUnitEntryFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unit/entries/{id}/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        portal.FileLinkAsync(UnitLinkHeader.Read(request), id, cancellationToken).OkAsync(UnitPortalViews.FileLink);

    /// <summary>The unit forwards an entry or holds it back with a reason (body: {decision, reason}), before the deadline.</summary>
    [Function("ScreenEntry")]
    public Task<IActionResult> ScreenEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/entries/{id}/screening")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ScreeningRequest>(request, cancellationToken, body =>
            screening.ScreenAsync(UnitLinkHeader.Read(request), id, body.Decision, body.Reason, cancellationToken).OkAsync(UnitPortalViews.Screening));

    /// <summary>
    /// The focal point hands in an entry collected on paper or by e-mail (its scan or file): same form and checks as
    /// the public one; the upload and the submit then go exactly like an entrant's (POST /api/entries/{id}/submit).
    /// </summary>
    [Function("HandInEntry")]
    public async Task<IActionResult> HandInEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/entries")] HttpRequest request, CancellationToken cancellationToken)
    {
        var scope = await access.OpenAsync(UnitLinkHeader.Read(request), cancellationToken);
        if (scope.Problem is { } denied) return ApiResults.Problem(denied);
        return await JsonBody.HandleAsync<EntryRequest>(request, cancellationToken, body =>
            entries.HandInAsync(scope.Value!, body, cancellationToken).CreatedAsync(EntryViews.Ticket));
    }

    /// <summary>Verifies the uploaded signed scan (a PDF) of a version of the quick report and keeps it.</summary>
    [Function("AttachReportScan")]
    public Task<IActionResult> AttachReportScan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/reports/{version}/scan")] HttpRequest request,
        string version, CancellationToken cancellationToken) =>
        ReportVersion.HandleAsync(version, number =>
            reports.AttachScanAsync(UnitLinkHeader.Read(request), number, cancellationToken).OkAsync(ReportViews.Report));
}

public sealed record ScreeningRequest(string? Decision, string? Reason);
