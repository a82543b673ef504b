using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Units;

/// <summary>
/// The organizers' unit register: the list, one unit's changes, import and export, and each unit's personal link.
/// </summary>
public sealed class UnitFunctions(UnitRegisterService register)
{
    /// <summary>The whole unit register with focal points, in the dashboard's order with each unit's depth, for the organizers' units page.</summary>
    [Function("ListUnitRegister")]
    public async Task<IActionResult> ListUnitRegister(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/units")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult((await register.ListInLetterOrderAsync(cancellationToken)).Select(u => UnitViews.Unit(u.Unit, u.Depth)));

    /// <summary>Adds a unit or changes one (including deactivating it with "active": false).</summary>
    [Function("SaveUnit")]
    public Task<IActionResult> SaveUnit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/units")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<UnitRequest>(request, cancellationToken, body =>
            register.SaveAsync(request.SignedInUser(), body, cancellationToken).OkAsync(unit => UnitViews.Unit(unit)));

    /// <summary>
    /// Imports a units file (.xlsx or UTF-8 CSV, the body of the request). Without ?apply=true it only previews what
    /// would be added, changed and refused; with it, it writes everything or, if any line is refused, nothing.
    /// </summary>
    [Function("ImportUnits")]
    public async Task<IActionResult> ImportUnits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/units/import")] HttpRequest request, CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var rows = await SpreadsheetUpload.ReadRowsAsync(request, cancellationToken);
        if (rows.Problem is { } unreadable) return ApiResults.Problem(unreadable);

        var apply = string.Equals(request.Query["apply"], "true", StringComparison.OrdinalIgnoreCase);
        var result = apply
            ? register.ImportAsync(user, rows.Value!, cancellationToken)
            : register.PreviewImportAsync(rows.Value!, cancellationToken);
        return await result.OkAsync(UnitViews.Preview);
    }

    /// <summary>The unit register in the import format, as .xlsx (default) or CSV.</summary>
    [Function("ExportUnits")]
    public Task<IActionResult> ExportUnits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/exports/units")] HttpRequest request, CancellationToken cancellationToken) =>
        register.ExportAsync(request.SignedInUser(), request.Query["format"], cancellationToken).FileAsync(request);

    /// <summary>The unit's current personal link, to send to its focal point.</summary>
    [Function("GetUnitLink")]
    public Task<IActionResult> GetUnitLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/units/{id}/link")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        register.LinkAsync(request.SignedInUser(), id, cancellationToken).OkAsync(UnitViews.Link);

    /// <summary>Issues a new personal link for the unit; the old one stops working at once.</summary>
    [Function("RotateUnitLink")]
    public Task<IActionResult> RotateUnitLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/units/{id}/link")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        register.RotateLinkAsync(request.SignedInUser(), id, cancellationToken).OkAsync(UnitViews.Link);
}
