using System.Text;
using System.Text.Json;
using ContestServerless.Domain.Staff;

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
}
