using Azure;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Http;

/// <summary>
/// The one place that turns a storage fault a function did not handle into an answer. Faults that pass (storage
/// busy, restarting or unreachable, a row or blob that changed or vanished under a request, a timeout) become
/// 503 with Retry-After and a Vietnamese problem: every write the functions make is idempotent or ETag-checked,
/// so sending the same request again is safe. Anything else stays an exception, a 500, because it is a bug.
/// Both hosts call it: the Functions worker through <see cref="StorageFaultMiddleware"/>, the local host around
/// every function it runs. The domain never sees an Azure type.
/// </summary>
public static class StorageFaults
{
    /// <summary>Long enough for the SDK's own retries to have given up on a blip, short enough for a person.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The 503 to answer for <paramref name="exception"/>, or null when it is not a passing fault.</summary>
    public static IActionResult? AnswerFor(Exception exception, CancellationToken requestAborted) =>
        IsTransient(exception, requestAborted) ? ApiResults.Problem(Problem.Unavailable()) : null;

    public static bool IsTransient(Exception exception, CancellationToken requestAborted) => exception switch
    {
        // Status 0: no answer at all (connection refused or reset while storage restarts).
        // 404/409/412 left unhandled by the adapters: a row, blob or table changed, vanished or is being
        // re-created between two steps; 408/429/5xx: storage is busy or failing for a moment.
        RequestFailedException failed => failed.Status is 0 or 404 or 408 or 409 or 412 or 429 or >= 500,
        // The SDK's retry policy reports a transport failure on every attempt as an AggregateException.
        AggregateException many => many.InnerExceptions.Count > 0 && many.InnerExceptions.All(e => IsTransient(e, requestAborted)),
        // A timeout, not the caller hanging up.
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        TimeoutException or HttpRequestException => true,
        IOException { InnerException: { } inner } => IsTransient(inner, requestAborted),
        IOException => true,
        _ => false,
    };
}
