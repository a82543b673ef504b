using Microsoft.AspNetCore.Http;

namespace ContestServerless.Functions.Privacy;

/// <summary>The entrant's page sends the receipt code in a header, so the secret stays out of URLs and access logs.</summary>
public static class ReceiptCodeHeader
{
    public const string Name = "X-Receipt-Code";

    public static string? Read(HttpRequest request) => request.Headers[Name].ToString() is { Length: > 0 } code ? code : null;
}
