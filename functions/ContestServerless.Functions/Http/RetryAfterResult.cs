using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Functions.Http;

/// <summary>A problem the caller may retry later: 429 (or 503) with a Retry-After header in whole seconds.</summary>
public sealed class RetryAfterResult : ObjectResult
{
    public RetryAfterResult(ProblemDetails details, TimeSpan wait) : base(details)
    {
        StatusCode = details.Status;
        ContentTypes.Add(ApiResults.ProblemContentType);
        Wait = wait;
    }

    public TimeSpan Wait { get; }

    public override Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(Wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return base.ExecuteResultAsync(context);
    }
}
