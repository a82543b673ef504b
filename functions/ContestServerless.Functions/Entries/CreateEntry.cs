using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// Step 1 of submitting: validate the form, store a pending entry, answer a one-file upload link. After closing, only
/// with a late-entry link (<see cref="LateLinkHeader"/>).
/// </summary>
public sealed class CreateEntry(EntryService entries)
{
    [Function(nameof(CreateEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<EntryRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var ticket = await entries.CreateAsync(body.Value!, Callers.Read(request), LateLinkHeader.Read(request), cancellationToken);
        return ticket.ToActionResult(t => ApiResults.Created(EntryViews.Ticket(t)));
    }
}
