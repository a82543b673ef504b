using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContestServerless.Domain.Abuse;

/// <summary>
/// Self-hosted proof of work for the public form, compatible with the ALTCHA widget (npm "altcha", PBKDF2/SHA-256):
/// the server picks a random counter, derives its key and hands out that key as the prefix to find, signed with an
/// HMAC so the browser cannot pick an easier one. Checking a solution costs one PBKDF2 and one HMAC; finding it costs
/// the browser on average half of <see cref="AbuseOptions.ChallengeMaxNumber"/> derivations.
/// </summary>
public sealed class ProofOfWork(byte[] key, AbuseOptions options)
{
    public const string Algorithm = "PBKDF2/SHA-256";

    /// <summary>The widget's payload is small; anything larger is refused unread.</summary>
    public const int MaxPayloadLength = 4096;

    private const int Cost = 1;
    private const int KeyLength = 32;

    public PowChallenge Create(DateTimeOffset now)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        var salt = RandomNumberGenerator.GetBytes(16);
        var counter = RandomNumberGenerator.GetInt32(0, options.ChallengeMaxNumber + 1);
        var prefix = Convert.ToHexStringLower(Derive(nonce, salt, (uint)counter));
        var expiresAt = (now + options.ChallengeLifetime).ToUnixTimeSeconds();
        var unsigned = new PowChallenge(Algorithm, Convert.ToHexStringLower(nonce), Convert.ToHexStringLower(salt), Cost,
            KeyLength, prefix, expiresAt, "");
        return unsigned with { Signature = Sign(unsigned) };
    }

    /// <summary>The challenge a valid, unexpired solution answers (its nonce identifies it), or null.</summary>
    public PowChallenge? Verify(string? payload, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(payload) || payload.Length > MaxPayloadLength) return null;
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(payload.Trim()));
            var challenge = json.RootElement.GetProperty("challenge");
            var parameters = challenge.GetProperty("parameters");
            var solution = json.RootElement.GetProperty("solution");
            var claimed = new PowChallenge(
                parameters.GetProperty("algorithm").GetString() ?? "",
                parameters.GetProperty("nonce").GetString() ?? "",
                parameters.GetProperty("salt").GetString() ?? "",
                parameters.GetProperty("cost").GetInt32(),
                parameters.GetProperty("keyLength").GetInt32(),
                parameters.GetProperty("keyPrefix").GetString() ?? "",
                parameters.GetProperty("expiresAt").GetInt64(),
                challenge.GetProperty("signature").GetString() ?? "");

            if (claimed.Algorithm != Algorithm || claimed.Cost != Cost || claimed.KeyLength != KeyLength) return null;
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(claimed)), Encoding.ASCII.GetBytes(claimed.Signature)))
                return null;
            if (DateTimeOffset.FromUnixTimeSeconds(claimed.ExpiresAt) <= now) return null;

            var counter = solution.GetProperty("counter").GetInt64();
            if (counter is < 0 or > uint.MaxValue) return null;
            var derived = Derive(Convert.FromHexString(claimed.Nonce), Convert.FromHexString(claimed.Salt), (uint)counter);
            return CryptographicOperations.FixedTimeEquals(derived, Convert.FromHexString(claimed.KeyPrefix)) ? claimed : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The key the widget's PBKDF2 worker derives: password = nonce ‖ counter (uint32, big-endian).</summary>
    private static byte[] Derive(byte[] nonce, byte[] salt, uint counter)
    {
        var password = new byte[nonce.Length + 4];
        nonce.CopyTo(password, 0);
        BinaryPrimitives.WriteUInt32BigEndian(password.AsSpan(nonce.Length), counter);
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, Cost, HashAlgorithmName.SHA256, KeyLength);
    }

    private string Sign(PowChallenge challenge) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('|',
            challenge.Algorithm, challenge.Nonce, challenge.Salt, challenge.Cost.ToString(CultureInfo.InvariantCulture),
            challenge.KeyLength.ToString(CultureInfo.InvariantCulture), challenge.KeyPrefix,
            challenge.ExpiresAt.ToString(CultureInfo.InvariantCulture)))));
}

/// <summary>
/// A proof-of-work challenge in the ALTCHA widget's format (PBKDF2/SHA-256): find the counter whose key, derived
/// from nonce ‖ counter (big-endian uint32) with the salt, starts with <see cref="KeyPrefix"/>. Byte fields are hex;
/// <see cref="ExpiresAt"/> is in Unix seconds.
/// </summary>
public sealed record PowChallenge(
    string Algorithm, string Nonce, string Salt, int Cost, int KeyLength, string KeyPrefix, long ExpiresAt, string Signature);
