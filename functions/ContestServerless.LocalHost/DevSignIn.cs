using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Security.Cryptography;
using System.Text;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;

namespace ContestServerless.LocalHost;

/// <summary>
/// Stands in for Static Web Apps' sign-in on a developer's machine: /.auth/login/{provider} shows a form to pick
/// a name and roles (as the SWA CLI does), /.auth/me and /.auth/logout behave like the platform's, and every
/// request reaches the functions with the x-ms-client-principal header set from that choice, never from the
/// caller: a header sent by the browser is dropped, exactly as the platform would not let it through.
/// </summary>
public static class DevSignIn
{
    public const string CookieName = "contest-dev-principal";

    /// <summary>Escapes markup but keeps Vietnamese letters readable in the page source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Replaces whatever x-ms-client-principal a request carried with the development sign-in's; playing an unprotected
    /// platform (<see cref="PlatformSignIn.Unprotected"/>), passes a caller's own header on when it has no sign-in.
    /// </summary>
    public static IApplicationBuilder UseDevSignIn(this IApplicationBuilder app, PlatformSignIn platform = PlatformSignIn.Linked) =>
        app.Use((context, next) =>
        {
            if (platform == PlatformSignIn.Linked || context.Request.Cookies[CookieName] is { Length: > 0 })
                context.Request.Headers.Remove(ClientPrincipal.Header);
            if (context.Request.Cookies[CookieName] is { Length: > 0 } principal)
                context.Request.Headers[ClientPrincipal.Header] = principal;
            return next(context);
        });

    public static IEndpointRouteBuilder MapDevSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.auth/login/{provider}", (string provider, string? post_login_redirect_uri) =>
            Results.Content(Page(provider, LocalPath(post_login_redirect_uri)), "text/html; charset=utf-8"));

        endpoints.MapPost("/.auth/login/{provider}", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var name = form["userDetails"].ToString().Trim();
            if (name.Length == 0) return Results.Content(Page("aad", LocalPath(form["redirect"]), "Vui lòng nhập tên đăng nhập."), "text/html; charset=utf-8", statusCode: 400);

            var roles = form["roles"].Where(r => StaffRoles.All.Contains(r)).Select(r => r!).ToList();
            var user = new SignedInUser(UserId(name), name, ["anonymous", "authenticated", .. roles]);
            context.Response.Cookies.Append(CookieName, ClientPrincipal.Encode(user), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Path = "/",
            });
            return Results.Redirect(LocalPath(form["redirect"]));
        }).DisableAntiforgery();

        endpoints.MapGet("/.auth/me", (HttpRequest request) =>
            Results.Json(new AuthMeView(ClientPrincipal.Read(request) is { } user
                ? new ClientPrincipalView(IdentityProvider: "aad", user.UserId, UserDetails: user.Name, user.Roles)
                : null)));

        endpoints.MapGet("/.auth/logout", (HttpContext context, string? post_logout_redirect_uri) =>
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
            return Results.Redirect(LocalPath(post_logout_redirect_uri));
        });
        return endpoints;
    }

    /// <summary>
    /// Only paths on this site, so the sign-in cannot be used to bounce visitors elsewhere. Browsers drop tabs and
    /// line breaks inside a URL and read a backslash as '/', so "/\t/evil.example" would leave the site: the path is judged
    /// with control characters and white space removed, and decoded (twice encoded tricks included), and the
    /// cleaned path is what the redirect carries.
    /// </summary>
    public static string LocalPath(string? uri)
    {
        var cleaned = new string((uri ?? "").Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var decoded = cleaned;
        for (var i = 0; i < 3; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded) break;
            decoded = new string(next.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        }
        var local = decoded.StartsWith('/') && !decoded.StartsWith("//", StringComparison.Ordinal) && !decoded.Contains('\\')
            && cleaned.StartsWith('/') && !cleaned.Contains('\\') && Uri.TryCreate(cleaned, UriKind.Relative, out _);
        return local ? cleaned : "/";
    }

    /// <summary>Static Web Apps gives each user a stable opaque id; a hash of the name plays that part.</summary>
    private static string UserId(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name.ToLowerInvariant())))[..32];

    private static string Page(string provider, string redirect, string? error = null)
    {
        static string E(string s) => Html.Encode(s);
        var roleBoxes = string.Concat(StaffRoles.All.Select(role => $"""
            <label class="check"><input type="checkbox" name="roles" value="{E(role)}" id="role-{E(role)}"{(role == StaffRoles.Organizer ? " checked" : "")}>
            {E(role == StaffRoles.Organizer ? "Ban Tổ chức (organizer)" : "Ban Giám khảo (judge)")}</label>
            """));
        return $"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Đăng nhập (môi trường phát triển)</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container narrow">
            <h1>Đăng nhập thử</h1>
            <p class="notice">Trang này chỉ có trên máy phát triển. Trên Azure, người dùng đăng nhập bằng tài khoản Microsoft Entra ID
            và vai trò lấy từ danh sách cán bộ.</p>
            {(error is null ? "" : $"<p class=\"notice notice-error\" role=\"alert\">{E(error)}</p>")}
            <form method="post" action="/.auth/login/{E(provider)}">
              <input type="hidden" name="redirect" value="{E(redirect)}">
              <div class="field"><label for="userDetails">Tên đăng nhập (E-mail)</label>
              <input id="userDetails" name="userDetails" type="text" value="thuky@snv.soctrang.example.org" required></div>
              <fieldset class="field"><legend>Vai trò</legend>{roleBoxes}</fieldset>
              <button type="submit" id="dev-sign-in" class="button button-primary">Đăng nhập</button>
            </form></main></body></html>
            """;
    }
}
