using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>
/// The focal point hands in an entry collected on paper or by e-mail (its scan or file): same form and checks as
/// the public one; the upload and the submit then go exactly like an entrant's (POST /api/entries/{id}/submit).
/// </summary>
public sealed class HandInEntry(UnitAccess access, EntryService entries)
{
    [Function(nameof(HandInEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unit/entries")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var scope = await access.OpenAsync(UnitLinkHeader.Read(request), cancellationToken);
        if (scope.Problem is { } denied) return ApiResults.Problem(denied);

        var body = await JsonBody.ReadAsync<EntryRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var ticket = await entries.HandInAsync(scope.Value!, body.Value!, cancellationToken);
        return ticket.ToActionResult(t => ApiResults.Created(EntryViews.Ticket(t)));
    }
}
