using System.Net;
using ContestServerless.Domain.Abuse;

namespace ContestServerless.Functions.Http;

/// <summary>Who calls a public route, as the platform tells it.</summary>
public static class Callers
{
    /// <summary>The header the browser's proof-of-work widget payload travels in.</summary>
    public const string ProofOfWorkHeader = "X-Altcha";

    /// <summary>
    /// App Service's front end sets client-ip and overwrites one a browser sent; behind Static Web Apps the client
    /// is the first address of X-Forwarded-For; locally the connection's own address. Ports are dropped, and an IPv6
    /// address counts by its /64 (one household or phone), so rotating within it does not escape a limit.
    /// </summary>
    public static PublicCaller Read(HttpRequest request)
    {
        var address = First(request.Headers["client-ip"]) ?? First(request.Headers["X-Forwarded-For"])
            ?? request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var proof = request.Headers[ProofOfWorkHeader].ToString();
        return new PublicCaller(Normalize(address), proof.Length > 0 ? proof : null);
    }

    private static string? First(string? header) =>
        header?.Split(',')[0].Trim() is { Length: > 0 } first ? first : null;

    private static string Normalize(string address)
    {
        var host = address.StartsWith('[') ? address[1..address.IndexOf(']', StringComparison.Ordinal)]
            : address.Count(c => c == ':') == 1 ? address[..address.IndexOf(':', StringComparison.Ordinal)]
            : address;
        if (!IPAddress.TryParse(host, out var ip)) return host;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
