using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Solves a proof-of-work challenge the way the ALTCHA widget's PBKDF2 worker does (written here from the widget's
/// algorithm, not borrowed from the server, so the two are checked against each other) and answers its payload.
/// </summary>
public static class PowSolver
{
    public static async Task<string> FetchAndSolveAsync(HttpClient http)
    {
        var challenge = (await http.GetFromJsonAsync<JsonObject>("/api/challenge"))!;
        return Solve(challenge);
    }

    public static string Solve(JsonObject challenge)
    {
        var parameters = challenge["parameters"]!.AsObject();
        var nonce = Convert.FromHexString(parameters["nonce"]!.GetValue<string>());
        var salt = Convert.FromHexString(parameters["salt"]!.GetValue<string>());
        var prefix = Convert.FromHexString(parameters["keyPrefix"]!.GetValue<string>());
        var password = new byte[nonce.Length + 4];
        nonce.CopyTo(password, 0);
        for (uint counter = 0; counter < 100_000_000; counter++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(password.AsSpan(nonce.Length), counter);
            var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, parameters["cost"]!.GetValue<int>(), HashAlgorithmName.SHA256,
                parameters["keyLength"]!.GetValue<int>());
            if (!key.AsSpan().StartsWith(prefix)) continue;
            var payload = new JsonObject
            {
                ["challenge"] = new JsonObject { ["parameters"] = parameters.DeepClone(), ["signature"] = challenge["signature"]!.DeepClone() },
                ["solution"] = new JsonObject { ["counter"] = counter, ["derivedKey"] = Convert.ToHexStringLower(key), ["time"] = 1 },
            };
            return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(payload));
        }
        throw new InvalidOperationException("No counter solves the challenge.");
    }
}
