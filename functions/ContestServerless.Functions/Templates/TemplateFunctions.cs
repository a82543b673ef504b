using ContestServerless.Domain.Templates;

namespace ContestServerless.Functions.Templates;

/// <summary>
/// Organizers reword the contest's e-mails: read a kind's template with the fields it offers, save it naming in
/// If-Match the version read (ETag), reset it to the default, and preview it with a real unit's or entry's data.
/// </summary>
public sealed class TemplateFunctions(MailTemplateService templates, TemplatePreviewService previews)
{
    [Function("ListTemplates")]
    public async Task<IActionResult> ListTemplates(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/templates")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(TemplateViews.List(await templates.ListAsync(cancellationToken)));

    [Function("GetTemplate")]
    public Task<IActionResult> GetTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/templates/{kind}")] HttpRequest request,
        string kind, CancellationToken cancellationToken) =>
        templates.GetAsync(kind, cancellationToken).ToActionResultAsync(state => Versioned(request, state));

    /// <summary>Saves the kind's template; 400 naming an unknown field or an open "{{", 428 without If-Match, 412 when someone saved since.</summary>
    [Function("SaveTemplate")]
    public Task<IActionResult> SaveTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/templates/{kind}")] HttpRequest request,
        string kind, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<TemplateRequest>(request, cancellationToken, body =>
            templates.SaveAsync(kind, body, request.Headers.IfMatch.ToString(), request.SignedInUser(), cancellationToken)
                .ToActionResultAsync(state => Versioned(request, state)));

    /// <summary>Back to the default wording; answers the default with its version.</summary>
    [Function("ResetTemplate")]
    public Task<IActionResult> ResetTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/templates/{kind}")] HttpRequest request,
        string kind, CancellationToken cancellationToken) =>
        templates.ResetAsync(kind, request.SignedInUser(), cancellationToken).ToActionResultAsync(state => Versioned(request, state));

    [Function("PreviewTemplate")]
    public Task<IActionResult> PreviewTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/templates/{kind}/preview")] HttpRequest request,
        string kind, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<TemplatePreviewRequest>(request, cancellationToken, body =>
            previews.PreviewAsync(kind, body, request.SignedInUser(), cancellationToken).OkAsync(TemplateViews.Preview));

    private static ObjectResult Versioned(HttpRequest request, TemplateState state)
    {
        request.HttpContext.Response.Headers.ETag = state.Version;
        return new OkObjectResult(TemplateViews.Template(state));
    }
}
