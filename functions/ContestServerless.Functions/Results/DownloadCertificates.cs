using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>
/// The prize winners' certificates (giấy chứng nhận): every one in a ZIP, or with <c>entryId</c> only that entry's,
/// as one PDF when it has one author. <c>number</c> and <c>date</c> are the decision awarding the prizes.
/// </summary>
[DateInput("date", DateInputKind.Day)]
public sealed class DownloadCertificates(PapersService papers)
{
    [Function(nameof(DownloadCertificates))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/certificates")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var query = request.Query;
        var certificates = await papers.CertificatesAsync(user, new CertificateRequest(query["number"], query["date"], query["entryId"]), cancellationToken);
        return certificates.ToActionResult(list => ApiResults.File(Package(list), request));
    }

    private static Export Package(IReadOnlyList<Certificate> certificates)
    {
        if (certificates.Count == 1)
            return new Export(CertificatePdf.FileName(certificates[0]), CertificatePdf.ContentType, new MemoryStream(CertificatePdf.Render(certificates[0])));
        var content = new MemoryStream();
        CertificateArchive.Write(certificates, content);
        content.Position = 0;
        return new Export(CertificateArchive.FileName, CertificateArchive.ContentType, content);
    }
}
