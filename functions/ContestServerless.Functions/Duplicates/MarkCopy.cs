using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Duplicates;

/// <summary>Organizers mark an entry as a copy of another (body: {copyOf, reason}); it leaves the counts and judging.</summary>
public sealed class MarkCopy(DuplicateService duplicates)
{
    [Function(nameof(MarkCopy))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/entries/{id}/duplicate")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<DuplicateRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var marked = await duplicates.MarkAsync(user, id, body.Value!, cancellationToken);
        return marked.ToActionResult(entry => new OkObjectResult(DuplicateViews.Mark(entry)));
    }
}
