using ContestServerless.Domain.Staff;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.LocalHost;

[Collection(StackCollection.Name)]
public sealed class DevSignInTests(ContestStack stack)
{
    [Fact]
    public async Task The_sign_in_page_offers_a_name_and_the_roles()
    {
        var page = await stack.Http.GetStringAsync("/.auth/login/aad?post_login_redirect_uri=/admin/");

        Assert.Contains("name=\"userDetails\"", page);
        Assert.Contains("value=\"organizer\"", page);
        Assert.Contains("value=\"judge\"", page);
        Assert.Contains("value=\"/admin/\"", page);
    }

    [Fact]
    public async Task Signing_in_sets_the_user_that_me_reports_with_the_platform_roles()
    {
        using var client = await stack.SignInAsync("lan@snv.example.org", StaffRoles.Organizer);

        var me = await client.GetFromJsonAsync<AuthMeView>("/.auth/me");

        var principal = me!.ClientPrincipal!;
        Assert.Equal("lan@snv.example.org", principal.UserDetails);
        Assert.Equal(["anonymous", "authenticated", "organizer"], principal.UserRoles);
        Assert.Matches("^[0-9a-f]{32}$", principal.UserId);
    }

    [Fact]
    public async Task Nobody_is_signed_in_before_signing_in_or_after_signing_out()
    {
        Assert.Null((await stack.Http.GetFromJsonAsync<AuthMeView>("/.auth/me"))!.ClientPrincipal);
        using var client = await stack.SignInAsync("lan@snv.example.org", StaffRoles.Organizer);

        var logout = await client.GetAsync("/.auth/logout?post_logout_redirect_uri=/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Null((await client.GetFromJsonAsync<AuthMeView>("/.auth/me"))!.ClientPrincipal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/organizer/standing")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/admin/entries.html?unit=so-noi-vu", "/admin/entries.html?unit=so-noi-vu")]
    public async Task Sign_in_returns_only_to_a_page_of_this_site(string redirect, string expected)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = stack.BaseAddress };

        var response = await client.PostAsync("/.auth/login/aad",
            new FormUrlEncodedContent([new("userDetails", "lan@snv.example.org"), new("redirect", redirect)]));

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0a/evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/%252F%252Fevil.example")]
    [InlineData("%20//evil.example")]
    [InlineData("/%09%5C/evil.example")]
    public async Task Sign_out_and_the_sign_in_page_never_send_a_visitor_off_the_site(string escapedRedirect)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = stack.BaseAddress };

        var logout = await client.GetAsync($"/.auth/logout?post_logout_redirect_uri={escapedRedirect}");
        var loginPage = await client.GetStringAsync($"/.auth/login/aad?post_login_redirect_uri={escapedRedirect}");

        var location = logout.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, location.OriginalString);
        // Where a browser goes: it drops tabs and line breaks and reads a backslash as a slash.
        var followed = new Uri(new Uri("https://site.example/"), location.OriginalString.Replace('\\', '/'));
        Assert.Equal("site.example", followed.Host);
        Assert.Contains("name=\"redirect\" value=\"/\"", loginPage);
    }

    [Theory]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/%2F%2Fevil.example", "/")]
    [InlineData(" /admin/", "/admin/")]
    [InlineData("/admin/entries.html?unit=so-noi-vu", "/admin/entries.html?unit=so-noi-vu")]
    public void A_redirect_is_judged_as_the_browser_will_read_it(string redirect, string expected)
    {
        Assert.Equal(expected, ContestServerless.LocalHost.DevSignIn.LocalPath(redirect));
    }

    [Fact]
    public async Task Signing_in_without_a_name_is_refused()
    {
        var response = await stack.Http.PostAsync("/.auth/login/aad", new FormUrlEncodedContent([new("userDetails", " ")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng nhập tên đăng nhập", await response.Content.ReadAsStringAsync());
    }
}
