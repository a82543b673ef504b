using System.Security.Cryptography;
using System.Text;

namespace ContestServerless.Domain.Common;

/// <summary>HMAC-SHA256 signatures of the links the app hands out (unit links, late-entry links), URL-safe base64.</summary>
public static class Signature
{
    public static string Of(byte[] key, string payload) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Compared in fixed time, so a forger learns nothing from how long a refusal takes.</summary>
    public static bool Matches(byte[] key, string payload, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(key, payload)), Encoding.ASCII.GetBytes(signature));
}
