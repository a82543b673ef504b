using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Signing staff in, the way the platform (or, locally, the development sign-in) does.</summary>
public static class TestStaff
{
    /// <summary>Named in Staff:InitialOrganizers of the test stack.</summary>
    public const string Secretary = "thuky@snv.soctrang.example.org";

    public static readonly SignedInUser Organizer = new("u-organizer", Secretary, ["anonymous", "authenticated", StaffRoles.Organizer]);

    public static readonly SignedInUser Judge = new("u-judge", "giamkhao@example.org", ["anonymous", "authenticated", StaffRoles.Judge]);

    /// <summary>An HTTP client signed in through the local host's development sign-in, cookies kept, redirects not followed.</summary>
    public static async Task<HttpClient> SignInAsync(this ContestStack stack, string name, params string[] roles)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = stack.BaseAddress,
        };
        var form = new FormUrlEncodedContent(
            [new("userDetails", name), new("redirect", "/admin/"), .. roles.Select(role => new KeyValuePair<string, string>("roles", role))]);
        var response = await client.PostAsync("/.auth/login/aad", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpClient> SignInAsOrganizerAsync(this ContestStack stack) => stack.SignInAsync(Secretary, StaffRoles.Organizer);

    /// <summary>
    /// A request as it reaches a function behind Static Web Apps and the route group's check (<see cref="SignIn"/>):
    /// with the platform's principal header, the user let in.
    /// </summary>
    public static HttpRequest As(this HttpRequest request, SignedInUser user)
    {
        request.Headers[ClientPrincipal.Header] = ClientPrincipal.Encode(user);
        SignIn.Admit(request.HttpContext, user);
        return request;
    }
}
