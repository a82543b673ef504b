using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// A contest's document files (the plan, the rules as PDF): organizers get a link to upload one straight to storage,
/// then have it checked where it lies; the public reads it at the site's own address, which redirects to a short read link.
/// </summary>
public sealed class ContestDocumentFunctions(ContestDocumentFileService documents)
{
    [Function("StartContestDocumentUpload")]
    public Task<IActionResult> StartContestDocumentUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests/{id}/documents/upload")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        documents.StartUploadAsync(id, cancellationToken).ToActionResultAsync(upload =>
            new OkObjectResult(new ContestDocumentUploadView(upload.Blob, upload.UploadUrl.AbsoluteUri, upload.MaxBytes, upload.ExpiresAt)));

    /// <summary>400 with the blob deleted when the file is not a PDF or is too large; otherwise the address to put in the document's Url.</summary>
    [Function("AttachContestDocumentFile")]
    public Task<IActionResult> AttachContestDocumentFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/contests/{id}/documents/file")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ContestDocumentFileRequest>(request, cancellationToken, body =>
            documents.AttachAsync(id, body, request.SignedInUser(), cancellationToken)
                .ToActionResultAsync(url => new OkObjectResult(new ContestDocumentFileView(url))));

    [Function("GetContestDocumentFile")]
    public Task<IActionResult> GetContestDocumentFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contests/{id}/documents/{file}")] HttpRequest request,
        string id, string file, CancellationToken cancellationToken) =>
        documents.OpenAsync(id, file, cancellationToken).ToActionResultAsync(ApiResults.RedirectTo);
}
