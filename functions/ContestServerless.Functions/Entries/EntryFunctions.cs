using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

/// <summary>The entrant's public routes: create an entry, submit it once the file is uploaded, look it up with the receipt code.</summary>
public sealed class EntryFunctions(EntryService entries)
{
    /// <summary>
    /// Step 1 of submitting: validate the form, store a pending entry, answer a one-file upload link. After closing, only
    /// with a late-entry link (<see cref="LateLinkHeader"/>).
    /// </summary>
    [Function("CreateEntry")]
    public Task<IActionResult> CreateEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<EntryRequest>(request, cancellationToken, body =>
            entries.CreateAsync(body, Callers.Read(request), LateLinkHeader.Read(request), cancellationToken).CreatedAsync(EntryViews.Ticket));

    /// <summary>Step 3 of submitting, after the browser uploaded the file: verify it and issue the receipt to the holder of the submit key.</summary>
    [Function("SubmitEntry")]
    public Task<IActionResult> SubmitEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/submit")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        // A submit with no body at all carries no key: it is answered like a wrong key, as a missing entry.
        JsonBody.HandleOptionalAsync<SubmitRequest>(request, cancellationToken, body =>
            entries.SubmitAsync(id, body?.SubmitKey, cancellationToken).OkAsync(EntryViews.Receipt));

    /// <summary>The entrant looks its entry up with the entry id and the receipt code.</summary>
    [Function("GetEntry")]
    public Task<IActionResult> GetEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "entries/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        entries.LookupAsync(id, request.Query["receipt"], Callers.Read(request), cancellationToken).OkAsync(EntryViews.Lookup);
}
