using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>Redirects to a short-lived read link to the de-identified copy, saved as "{code}.docx"; audited.</summary>
public sealed class DownloadJudgeFile(ScoringService scoring)
{
    [Function(nameof(DownloadJudgeFile))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}/file")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Judge, out var user, out var denied)) return denied;

        var link = await scoring.FileForJudgeAsync(user, code, cancellationToken);
        return link.ToActionResult(ApiResults.RedirectTo);
    }
}
