using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>The jury's minutes of the approved results as a Word document.</summary>
public sealed class DownloadJuryMinutes(PapersService papers)
{
    [Function(nameof(DownloadJuryMinutes))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/minutes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var minutes = await papers.MinutesAsync(user, cancellationToken);
        return minutes.ToActionResult(m => ApiResults.File(
            new Export(JuryMinutesDocument.FileName(m), JuryMinutesDocument.ContentType, new MemoryStream(JuryMinutesDocument.Render(m))), request));
    }
}
