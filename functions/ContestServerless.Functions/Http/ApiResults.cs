using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Exports;

namespace ContestServerless.Functions.Http;

/// <summary>Maps domain outcomes to HTTP: values as JSON, problems as RFC 9457 application/problem+json.</summary>
public static class ApiResults
{
    public const string ProblemContentType = "application/problem+json";

    public static IActionResult ToActionResult<T>(this Result<T> result, Func<T, IActionResult> onSuccess) =>
        result.Problem is { } problem ? Problem(problem) : onSuccess(result.Value!);

    // The awaited forms let a function that calls one service answer in one expression:
    // service.DoAsync(…).OkAsync(Views.Thing), the problem (if any) mapped as above.

    /// <summary>200 with the value's view, or the problem.</summary>
    public static async Task<IActionResult> OkAsync<T>(this Task<Result<T>> outcome, Func<T, object> view) =>
        (await outcome).ToActionResult(value => new OkObjectResult(view(value)));

    /// <summary>201 with the value's view, or the problem.</summary>
    public static async Task<IActionResult> CreatedAsync<T>(this Task<Result<T>> outcome, Func<T, object> view) =>
        (await outcome).ToActionResult(value => Created(view(value)));

    /// <summary>204 once done, or the problem.</summary>
    public static async Task<IActionResult> NoContentAsync<T>(this Task<Result<T>> outcome) =>
        (await outcome).ToActionResult(_ => new NoContentResult());

    /// <summary>The export as a file (see <see cref="File"/>), or the problem.</summary>
    public static async Task<IActionResult> FileAsync(this Task<Result<Export>> outcome, HttpRequest request) =>
        (await outcome).ToActionResult(export => File(export, request));

    /// <summary>A redirect to the storage link (see <see cref="RedirectTo"/>), or the problem.</summary>
    public static async Task<IActionResult> RedirectAsync(this Task<Result<Uri>> outcome) =>
        (await outcome).ToActionResult(RedirectTo);

    /// <summary>Any other answer to the value, or the problem.</summary>
    public static async Task<IActionResult> ToActionResultAsync<T>(this Task<Result<T>> outcome, Func<T, IActionResult> onSuccess) =>
        (await outcome).ToActionResult(onSuccess);

    public static IActionResult Problem(Problem problem)
    {
        var status = problem.Kind switch
        {
            ProblemKind.NotFound => StatusCodes.Status404NotFound,
            ProblemKind.Unauthenticated => StatusCodes.Status401Unauthorized,
            ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
            ProblemKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
            ProblemKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
            ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            ProblemKind.Conflict => StatusCodes.Status409Conflict,
            ProblemKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
            ProblemKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ProblemKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            _ => StatusCodes.Status400BadRequest,
        };
        var details = problem.Errors is { } errors
            ? new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        details.Type = $"urn:contestserverless:problem:{JsonNamingPolicy.KebabCaseLower.ConvertName(problem.Kind.ToString())}";
        details.Title = problem.Title;
        details.Detail = problem.Detail;
        details.Status = status;
        ObjectResult result = problem.Kind == ProblemKind.Unavailable
            ? new RetryLaterResult(details, StorageFaults.RetryAfterSeconds)
            : problem.RetryAfter is { } wait ? new RetryLaterResult(details, (int)Math.Ceiling(wait.TotalSeconds))
            : new ObjectResult(details);
        result.StatusCode = status;
        result.ContentTypes.Add(ProblemContentType);
        return result;
    }

    public static IActionResult Created(object value) => new ObjectResult(value) { StatusCode = StatusCodes.Status201Created };

    public static IActionResult Accepted(object value) => new ObjectResult(value) { StatusCode = StatusCodes.Status202Accepted };

    /// <summary>A file made for the caller (an export); never cached, since it holds personal data.</summary>
    public static IActionResult File(Export export, HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new FileStreamResult(export.Content, export.ContentType) { FileDownloadName = export.FileName };
    }

    /// <summary>To a short-lived storage link (valet key): the file itself never passes through the function.</summary>
    public static IActionResult RedirectTo(Uri link) => new RedirectResult(link.AbsoluteUri, permanent: false);
}
