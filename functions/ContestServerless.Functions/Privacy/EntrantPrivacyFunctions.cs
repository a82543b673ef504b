using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Privacy;

/// <summary>
/// The entrant's own page (Law 91/2025/QH15), for the holder of the receipt code (sent in a header): the notice,
/// the record, its download, corrections, file replacement, withdrawal and requests after closing.
/// </summary>
public sealed class EntrantPrivacyFunctions(PrivacyOptions privacy, ContestOptions contest, EntrantDataService entrants, EntryCorrectionService corrections)
{
    /// <summary>The notice's settings for the form and the notice page: version, guardian age, contest year, region, retention.</summary>
    [Function("GetPrivacyNotice")]
    public IActionResult GetPrivacyNotice([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "privacy")] HttpRequest request) =>
        new OkObjectResult(PrivacyViews.Notice(privacy, contest));

    /// <summary>The entrant's own page: everything stored about the entry, for the holder of its receipt code.</summary>
    [Function("GetEntrantRecord")]
    public Task<IActionResult> GetEntrantRecord(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "entries/{id}/personal-data")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        entrants.OpenAsync(id, ReceiptCodeHeader.Read(request), Callers.Read(request), cancellationToken).OkAsync(PrivacyViews.Record);

    /// <summary>The entrant's data as a JSON file to keep (the right to obtain one's data); audited.</summary>
    [Function("DownloadEntrantData")]
    public Task<IActionResult> DownloadEntrantData(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "entries/{id}/personal-data/download")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        entrants.ExportAsync(id, ReceiptCodeHeader.Read(request), Callers.Read(request), cancellationToken).ToActionResultAsync(r =>
        {
            request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"du-lieu-bai-{r.Entry.Id}.json\"";
            return new OkObjectResult(PrivacyViews.Record(r));
        });

    /// <summary>The entrant corrects the author's and subject's details until submission closes; the old ones stay as a version.</summary>
    [OpenWhenArchived("An entrant's rights over their personal data outlive the contest's work (Law 91/2025/QH15).")]
    [Function("CorrectEntry")]
    public Task<IActionResult> CorrectEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "entries/{id}/personal-data")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<CorrectionRequest>(request, cancellationToken, body =>
            corrections.CorrectAsync(id, ReceiptCodeHeader.Read(request), body, Callers.Read(request), cancellationToken).OkAsync(PrivacyViews.Record));

    /// <summary>Step 1 of replacing the file: an upload link for the new file, as submission hands out.</summary>
    [OpenWhenArchived("An entrant's rights over their personal data outlive the contest's work (Law 91/2025/QH15).")]
    [Function("StartFileReplacement")]
    public Task<IActionResult> StartFileReplacement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/personal-data/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<FileRequest>(request, cancellationToken, body =>
            corrections.StartFileReplacementAsync(id, ReceiptCodeHeader.Read(request), body, Callers.Read(request), cancellationToken)
                .OkAsync(PrivacyViews.Ticket));

    /// <summary>Step 2: the uploaded file is checked as at submission and replaces the old one.</summary>
    [OpenWhenArchived("An entrant's rights over their personal data outlive the contest's work (Law 91/2025/QH15).")]
    [Function("FinishFileReplacement")]
    public Task<IActionResult> FinishFileReplacement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/personal-data/file/confirm")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<FileRequest>(request, cancellationToken, body =>
            corrections.FinishFileReplacementAsync(id, ReceiptCodeHeader.Read(request), body, Callers.Read(request), cancellationToken)
                .OkAsync(PrivacyViews.Record));

    /// <summary>The entrant withdraws the entry (and with it the consent): out of every count and list; the file is deleted.</summary>
    [OpenWhenArchived("An entrant's rights over their personal data outlive the contest's work (Law 91/2025/QH15).")]
    [Function("WithdrawEntry")]
    public Task<IActionResult> WithdrawEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/withdraw")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        entrants.WithdrawAsync(id, ReceiptCodeHeader.Read(request), Callers.Read(request), cancellationToken).OkAsync(PrivacyViews.Record);

    /// <summary>After closing, the entrant asks the organizers to erase or correct their data.</summary>
    [OpenWhenArchived("An entrant's rights over their personal data outlive the contest's work (Law 91/2025/QH15).")]
    [Function("FilePrivacyRequest")]
    public Task<IActionResult> FilePrivacyRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "entries/{id}/privacy-requests")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<PrivacyRequestForm>(request, cancellationToken, body =>
            entrants.FileRequestAsync(id, ReceiptCodeHeader.Read(request), body, Callers.Read(request), cancellationToken)
                .CreatedAsync(PrivacyViews.Request));
}

/// <summary>The entrant's page sends the receipt code in a header, so the secret stays out of URLs and access logs.</summary>
public static class ReceiptCodeHeader
{
    public const string Name = "X-Receipt-Code";

    public static string? Read(HttpRequest request) => request.Headers[Name].ToString() is { Length: > 0 } code ? code : null;
}
