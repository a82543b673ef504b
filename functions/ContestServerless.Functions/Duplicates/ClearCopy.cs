using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Duplicates;

/// <summary>Organizers take back a copy mark: the entry counts and is judged again.</summary>
public sealed class ClearCopy(DuplicateService duplicates)
{
    [Function(nameof(ClearCopy))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/entries/{id}/duplicate")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var cleared = await duplicates.ClearAsync(user, id, cancellationToken);
        return cleared.ToActionResult(entry => new OkObjectResult(DuplicateViews.Mark(entry)));
    }
}
