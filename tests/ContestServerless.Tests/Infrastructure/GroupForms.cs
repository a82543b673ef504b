using System.Text.Json.Nodes;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Entry forms with co-authors, and the API's answers about them read as typed records.</summary>
public static class GroupForms
{
    public sealed record Created(string Id, string SubmitKey, string UploadUrl);

    public sealed record Submitted(string Id, string ReceiptCode);

    public sealed record Lookup(string Id, string AuthorName, IReadOnlyList<string> CoAuthorNames);

    public sealed record ProblemBody(string Title, Dictionary<string, string[]> Errors);

    public sealed record Member(string FullName, int BirthYear, string Workplace, string Phone, string Email);

    public sealed record Details(string Id, Member Author, IReadOnlyList<Member> CoAuthors, EligibilityView Eligibility);

    public sealed record Summary(string Id, string AuthorName, IReadOnlyList<string> CoAuthorNames, EligibilityView Eligibility);

    public sealed record Listing(IReadOnlyList<Summary> Entries, string? NextPage);

    public static JsonObject CoAuthor(string fullName, int birthYear = 2008, string? email = null, string phone = "0913 222 333") => new()
    {
        ["fullName"] = fullName,
        ["birthYear"] = birthYear,
        ["workplace"] = "Trường THCS Phường 5",
        ["phone"] = phone,
        ["email"] = email,
    };

    /// <summary>The usual form (Entrant.Form) with these co-authors.</summary>
    public static JsonObject Form(string unitId, string title, params JsonObject[] coAuthors)
    {
        var form = Entrant.Form(unitId: unitId);
        form["title"] = title;
        form["coAuthors"] = new JsonArray([.. coAuthors]);
        return form;
    }

    /// <summary>Creates, uploads and submits; answers the entry id and its receipt code.</summary>
    public static async Task<Submitted> EnterAsync(HttpClient http, JsonObject form)
    {
        var file = TestFiles.Pdf();
        form["file"]!["size"] = file.Length;
        var response = await http.PostAsJsonAsync("/api/entries", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<Created>())!;
        (await Entrant.UploadAsync(new Uri(created.UploadUrl), file)).EnsureSuccessStatusCode();
        var submitted = await http.PostAsJsonAsync($"/api/entries/{created.Id}/submit", new { submitKey = created.SubmitKey });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        return (await submitted.Content.ReadFromJsonAsync<Submitted>())!;
    }
}
