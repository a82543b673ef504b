using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Signing a browser in through the local host's development sign-in, as the platform's login would.</summary>
public static class BrowserSignIn
{
    /// <summary>Signs the context in as <paramref name="user"/> with <paramref name="role"/> (none: signed in, no role).</summary>
    public static async Task SignInAsync(this IBrowserContext context, ContestStack stack, string user, string? role)
    {
        var form = context.APIRequest.CreateFormData().Set("userDetails", user);
        var response = await context.APIRequest.PostAsync(new Uri(stack.BaseAddress, "/.auth/login/aad").ToString(), new()
        {
            Form = role is null ? form : form.Set("roles", role),
            MaxRedirects = 0,
        });
        Assert.Equal(302, response.Status);
    }
}
