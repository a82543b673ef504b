using System.Security.Cryptography;
using System.Text;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// Who may use the local host's own tools, as the platform guards their counterparts in Azure: the Functions
/// admin API wants the master key (here: a signed-in organizer, or LocalHost:AdminKey in x-functions-key), the
/// outbox shows personal data (a signed-in organizer), and Static Web Apps lets nobody but itself call the roles
/// source.
/// </summary>
public static class LocalAccess
{
    /// <summary>The header the Functions host reads its keys from.</summary>
    public const string FunctionsKeyHeader = "x-functions-key";

    public static bool IsOrganizer(HttpRequest request) => ClientPrincipal.Read(request)?.IsIn(StaffRoles.Organizer) == true;

    /// <summary>A signed-in organizer, or a caller holding the admin key when one is set.</summary>
    public static bool IsAdmin(HttpRequest request) => IsOrganizer(request) || HoldsAdminKey(request);

    /// <summary>
    /// The answer to a call of an admin-level function (the restore) without the admin key: 401, as the Functions host
    /// answers one without its master key. A signed-in organizer is no exception there, so none is here.
    /// </summary>
    public static IActionResult? KeyRefusal(HttpRequest request) =>
        HoldsAdminKey(request) ? null : new UnauthorizedResult();

    private static bool HoldsAdminKey(HttpRequest request)
    {
        var key = request.HttpContext.RequestServices.GetRequiredService<IOptions<LocalHostOptions>>().Value.AdminKey;
        return key is { Length: > 0 } && request.Headers[FunctionsKeyHeader].ToString() is { Length: > 0 } given
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }

    /// <summary>401 for nobody, 403 for someone without the role, as the functions answer.</summary>
    public static IResult Refusal(HttpRequest request) => ClientPrincipal.Read(request) is null
        ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Chưa đăng nhập",
            detail: "Vui lòng đăng nhập bằng tài khoản Ban Tổ chức để tiếp tục.")
        : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền truy cập",
            detail: "Chỉ Ban Tổ chức được dùng chức năng này.");

    /// <summary>
    /// Refuses every request from outside to the roles source (auth.rolesSource in web/staticwebapp.config.json):
    /// on Static Web Apps only the platform calls it, after a sign-in, and the local host's development sign-in
    /// lets the person pick roles instead. Answered 403, as the platform does.
    /// </summary>
    public static IApplicationBuilder UseRolesSourceGuard(this IApplicationBuilder app, string webRoot)
    {
        var rolesSource = RolesSource(Path.Combine(webRoot, "staticwebapp.config.json"));
        if (rolesSource is null) return app;
        return app.Use((context, next) =>
            context.Request.Path.Equals(rolesSource, StringComparison.OrdinalIgnoreCase)
                ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền truy cập",
                    detail: "Chỉ nền tảng Static Web Apps được gọi địa chỉ này, sau mỗi lần đăng nhập.").ExecuteAsync(context)
                : next(context));
    }

    public static string? RolesSource(string configPath) =>
        File.Exists(configPath)
            ? System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(configPath))?["auth"]?["rolesSource"]?.GetValue<string>()
            : null;
}
