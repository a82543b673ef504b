using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Results;

/// <summary>The papers made of the approved results: the jury's minutes and the results workbook.</summary>
public sealed class PapersFunctions(PapersService papers, ResultsExport export)
{
    /// <summary>The jury's minutes of the approved results as a Word document.</summary>
    [Function("DownloadJuryMinutes")]
    public Task<IActionResult> Minutes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/minutes")] HttpRequest request,
        CancellationToken cancellationToken) =>
        papers.MinutesAsync(request.SignedInUser(), cancellationToken).ToActionResultAsync(m => ApiResults.File(
            new Export(JuryMinutesDocument.FileName(m), JuryMinutesDocument.ContentType, new MemoryStream(JuryMinutesDocument.Render(m))), request));

    /// <summary>The approved results as .xlsx: the prizes with authors and units, and the unit awards table.</summary>
    [Function("ExportResults")]
    public Task<IActionResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/export")] HttpRequest request, CancellationToken cancellationToken) =>
        export.ExportAsync(request.SignedInUser(), cancellationToken).FileAsync(request);
}

/// <summary>
/// The prize winners' certificates (giấy chứng nhận): every one in a ZIP, or with <c>entryId</c> only that entry's,
/// as one PDF when it has one author. <c>number</c> and <c>date</c> are the decision awarding the prizes. A class of
/// its own: its date input is declared on the class.
/// </summary>
[DateInput("date", DateInputKind.Day)]
public sealed class DownloadCertificates(PapersService papers)
{
    [Function("DownloadCertificates")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/certificates")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var query = request.Query;
        return papers.CertificatesAsync(request.SignedInUser(), new CertificateRequest(query["number"], query["date"], query["entryId"]), cancellationToken)
            .ToActionResultAsync(list => ApiResults.File(CertificateArchive.Package(list), request));
    }
}
