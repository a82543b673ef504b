using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Functions.Http;

/// <summary>
/// The signed-in user as Azure Static Web Apps passes it to its linked Function App: base64-encoded JSON in
/// the x-ms-client-principal header. Only Static Web Apps can reach a linked Function App (linking gives the
/// app an identity provider that refuses every other caller), so the header is trusted here; the local host
/// strips it from incoming requests and sets it from its development sign-in.
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "x-ms-client-principal";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Payload(string? IdentityProvider, string? UserId, string? UserDetails, string[]? UserRoles);

    public static SignedInUser? Read(HttpRequest request)
    {
        if (request.Headers[Header].ToString() is not { Length: > 0 and < 16 * 1024 } encoded) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)), Json);
            if (payload?.UserId is not { Length: > 0 } userId || payload.UserDetails is not { Length: > 0 } name) return null;
            return new SignedInUser(userId, name, payload.UserRoles ?? []);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Encode(SignedInUser user, string identityProvider = "aad") =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new Payload(identityProvider, user.UserId, user.Name, [.. user.Roles]), Json)));

    /// <summary>
    /// Whether the signed-in user holds <paramref name="role"/>: if so, <paramref name="user"/> is them; if not,
    /// <paramref name="denied"/> is the 401 (not signed in) or 403 (lacking the role) to answer, so a function
    /// starts with <c>if (!request.TryAuthorize(role, out var user, out var denied)) return denied;</c>.
    /// </summary>
    public static bool TryAuthorize(
        this HttpRequest request, string role,
        [NotNullWhen(true)] out SignedInUser? user, [NotNullWhen(false)] out IActionResult? denied)
    {
        user = Read(request);
        denied = user switch
        {
            null => ApiResults.Problem(Problem.NotSignedIn()),
            _ when !user.IsIn(role) => ApiResults.Problem(Problem.NotAllowed()),
            _ => null,
        };
        if (denied is not null) user = null;
        return denied is null;
    }
}
