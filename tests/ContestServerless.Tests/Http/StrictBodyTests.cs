using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Http;

/// <summary>
/// JSON routes read JSON only: a cross-site HTML form can post text/plain, form-urlencoded or multipart bodies
/// without a preflight, so those answer 415 before anything is read or stored.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class StrictBodyTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private static HttpContent Body(string text, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task AssertUnsupportedMediaType(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadProblem();
        Assert.Equal("Định dạng dữ liệu gửi lên không được hỗ trợ", problem.Title);
        Assert.Equal(415, problem.Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task The_public_entry_form_refuses_a_body_that_is_not_declared_as_json(string? contentType)
    {
        var response = await Stack.Http.PostAsync("/api/entries", Body(Entrant.Form().ToJsonString(), contentType));

        await AssertUnsupportedMediaType(response);
    }

    [Fact]
    public async Task The_public_entry_form_takes_json_with_a_charset()
    {
        var response = await Stack.Http.PostAsync("/api/entries", Body(Entrant.Form().ToJsonString(), "application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_organizer_route_refuses_a_text_plain_body_and_saves_nothing()
    {
        var unit = new JsonObject { ["id"] = "strict-body-text", ["name"] = "Đơn vị thử", ["group"] = "so-ban-nganh" };

        var response = await Organizer.PostAsync("/api/organizer/units", Body(unit.ToJsonString(), "text/plain"));

        await AssertUnsupportedMediaType(response);
        Assert.Null(await Stack.Services.GetRequiredService<IUnitRegister>().FindAsync("strict-body-text", CancellationToken.None));
    }

    [Fact]
    public async Task A_post_without_any_body_still_reaches_its_function()
    {
        var response = await Stack.Http.PostAsync("/api/entries/khong-co-bai-nay/submit", content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
