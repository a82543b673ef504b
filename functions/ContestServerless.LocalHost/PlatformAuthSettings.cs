using System.Text.Json.Nodes;

namespace ContestServerless.LocalHost;

/// <summary>
/// The Functions app's authentication settings as Azure Resource Manager answers them (GET …/config/authsettingsV2):
/// what Static Web Apps writes when it links the app as its backend (the platform's sign-in on, every unauthenticated
/// caller answered 401, Static Web Apps the one identity provider), or, playing an unprotected deployment, the
/// platform's sign-in off. The deployment's sign-in check reads it here in tests, from ARM in Azure.
/// </summary>
public static class PlatformAuthSettings
{
    public const string Path = "/.platform/authsettingsV2";

    public static IEndpointRouteBuilder MapPlatformAuthSettings(this IEndpointRouteBuilder endpoints, PlatformSignIn platform)
    {
        endpoints.MapGet(Path, () => Results.Json(Of(platform)));
        return endpoints;
    }

    public static JsonObject Of(PlatformSignIn platform) => new()
    {
        ["name"] = "authsettingsV2",
        ["type"] = "Microsoft.Web/sites/config",
        ["properties"] = platform == PlatformSignIn.Linked
            ? new JsonObject
            {
                ["platform"] = new JsonObject { ["enabled"] = true },
                ["globalValidation"] = new JsonObject { ["requireAuthentication"] = true, ["unauthenticatedClientAction"] = "Return401" },
                ["identityProviders"] = new JsonObject
                {
                    ["azureStaticWebApps"] = new JsonObject { ["enabled"] = true, ["registration"] = new JsonObject { ["clientId"] = "localhost" } },
                },
            }
            : new JsonObject
            {
                ["platform"] = new JsonObject { ["enabled"] = false },
                ["globalValidation"] = new JsonObject { ["requireAuthentication"] = false, ["unauthenticatedClientAction"] = "AllowAnonymous" },
            },
    };
}
