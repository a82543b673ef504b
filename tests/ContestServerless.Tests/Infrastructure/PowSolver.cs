using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContestServerless.Functions.Abuse;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Solves a proof-of-work challenge the way the ALTCHA widget's PBKDF2 worker does (written here from the widget's
/// algorithm, not borrowed from the server, so the two are checked against each other) and answers its payload.
/// </summary>
public static class PowSolver
{
    public static async Task<string> FetchAndSolveAsync(HttpClient http)
    {
        var challenge = (await http.GetFromJsonAsync<ChallengeView>("/api/challenge"))!;
        return Solve(challenge);
    }

    public static string Solve(ChallengeView challenge)
    {
        var parameters = challenge.Parameters;
        var nonce = Convert.FromHexString(parameters.Nonce);
        var salt = Convert.FromHexString(parameters.Salt);
        var prefix = Convert.FromHexString(parameters.KeyPrefix);
        var password = new byte[nonce.Length + 4];
        nonce.CopyTo(password, 0);
        for (uint counter = 0; counter < 100_000_000; counter++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(password.AsSpan(nonce.Length), counter);
            var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, parameters.Cost, HashAlgorithmName.SHA256, parameters.KeyLength);
            if (!key.AsSpan().StartsWith(prefix)) continue;
            // The widget sends the challenge back as it received it.
            var payload = new JsonObject
            {
                ["challenge"] = JsonSerializer.SerializeToNode(challenge, ResponseJson.Web),
                ["solution"] = new JsonObject { ["counter"] = counter, ["derivedKey"] = Convert.ToHexStringLower(key), ["time"] = 1 },
            };
            return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(payload));
        }
        throw new InvalidOperationException("No counter solves the challenge.");
    }
}
