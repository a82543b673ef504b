namespace ContestServerless.Functions.Http;

/// <summary>
/// The entry form sends a late-entry link's token in this header. The page keeps the token in the URL fragment
/// (#late=…), which browsers never send to a server or in a Referer, so it stays out of logs.
/// </summary>
public static class LateLinkHeader
{
    public const string Name = "X-Late-Link";

    public static string? Read(HttpRequest request) => request.Headers[Name].ToString() is { Length: > 0 and < 2048 } token ? token : null;
}
