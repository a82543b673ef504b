using ContestServerless.Functions.Units;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Units made for one test through the organizers' API, so no test changes a unit another relies on.</summary>
public static class TestUnits
{
    public static async Task<string> AddAsync(HttpClient organizer, string id, string? parentId = null, string group = "so-ban-nganh", int minimumEntries = 1)
    {
        var response = await organizer.PostAsJsonAsync("/api/organizer/units", new
        {
            id,
            name = $"Đơn vị thử {id}",
            group,
            parentId,
            active = true,
            minimumEntries,
            focalPoints = new[] { new { name = "Trần Thị Đầu Mối", position = "Chánh Văn phòng", email = $"{id}@example.org", phone = "0299 3822 111" } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>The token of the unit's current personal link, as the organizers' page hands it out.</summary>
    public static async Task<string> LinkTokenAsync(HttpClient organizer, string unitId, bool rotate = false)
    {
        var response = rotate
            ? await organizer.PostAsync($"/api/organizer/units/{unitId}/link", null)
            : await organizer.GetAsync($"/api/organizer/units/{unitId}/link");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var path = (await response.ReadAs<UnitLinkView>()).Path;
        // A later contest's link names it (/unit/?contest=…#t=…), so the portal opens in that contest.
        Assert.Matches("^/unit/(\\?contest=[a-z0-9-]+)?#t=", path);
        return Uri.UnescapeDataString(path[(path.IndexOf("#t=", StringComparison.Ordinal) + "#t=".Length)..]);
    }

    /// <summary>A client that opens the unit portal with this token.</summary>
    public static HttpClient Portal(ContestStack stack, string token)
    {
        var client = new HttpClient { BaseAddress = stack.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Unit-Link", token);
        return client;
    }
}
