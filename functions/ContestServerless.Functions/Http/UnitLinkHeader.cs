namespace ContestServerless.Functions.Http;

/// <summary>
/// The unit portal sends its personal link's token in this header. The page keeps the token in the URL fragment
/// (#t=…), which browsers never send to a server or in a Referer, so it stays out of logs.
/// </summary>
public static class UnitLinkHeader
{
    public const string Name = "X-Unit-Link";

    public static string? Read(HttpRequest request) => request.Headers[Name].ToString() is { Length: > 0 and < 512 } token ? token : null;
}
