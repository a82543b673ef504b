namespace ContestServerless.Functions.Http;

/// <summary>
/// A problem answer that also tells the client when to try again (Retry-After, in seconds), as a 503 or 429
/// should; still an <see cref="ObjectResult"/>, so it is written like every other answer.
/// </summary>
public sealed class RetryLaterResult(object value, int retryAfterSeconds) : ObjectResult(value)
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;

    public override void OnFormatting(ActionContext context)
    {
        base.OnFormatting(context);
        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
