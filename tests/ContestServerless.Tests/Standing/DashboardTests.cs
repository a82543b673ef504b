using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Common;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Standing;

[Collection(StackCollection.Name)]
public sealed class DashboardTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);

    private static JsonNode Unit(JsonNode standing, string id) =>
        standing["groups"]!.AsArray().SelectMany(g => g!["units"]!.AsArray()).Single(u => u!["id"]!.GetValue<string>() == id)!;

    private static int Count(JsonNode standing, string list, string keyName, string key) =>
        standing[list]!.AsArray().SingleOrDefault(m => m![keyName]!.GetValue<string>() == key)?["entries"]!.GetValue<int>() ?? 0;

    [Fact]
    public async Task The_dashboard_counts_submissions_per_unit_rolling_sub_units_up_into_their_parent()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var before = (await organizer.GetFromJsonAsync<JsonNode>("/api/organizer/standing"))!;

        await _entrant.EnterAsync(Entrant.Form(unitId: "th-nga-nam-1"), TestFiles.Pdf());
        await _entrant.EnterAsync(Entrant.Form(unitId: "th-nga-nam-1"), TestFiles.Pdf());
        await _entrant.EnterAsync(Entrant.Form(unitId: "tx-nga-nam"), TestFiles.Pdf());
        await _entrant.CreateAsync(Entrant.Form(unitId: "tx-nga-nam")); // pending: never counted
        var after = (await organizer.GetFromJsonAsync<JsonNode>("/api/organizer/standing"))!;

        var town = Unit(after, "tx-nga-nam");
        Assert.Equal(1, town["ownEntries"]!.GetValue<int>());
        Assert.Equal(3, town["entries"]!.GetValue<int>());
        Assert.Equal(1, town["subUnits"]!.GetValue<int>());
        Assert.False(town["hasNoEntries"]!.GetValue<bool>());
        Assert.Equal(2, Unit(after, "th-nga-nam-1")["ownEntries"]!.GetValue<int>());
        Assert.Equal(VietnamTime.Date(DateTimeOffset.UtcNow), VietnamTime.Date(Unit(after, "th-nga-nam-1")["lastReceivedAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(before["entriesReceived"]!.GetValue<int>() + 3, after["entriesReceived"]!.GetValue<int>());
        Assert.Equal(Count(before, "byMovement", "movement", "giam-ngheo") + 3, Count(after, "byMovement", "movement", "giam-ngheo"));
        var today = VietnamTime.ToLocal(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Count(before, "byDay", "day", today) + 3, Count(after, "byDay", "day", today));
    }

    [Fact]
    public async Task The_dashboard_marks_units_with_no_entries_and_counts_them()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var standing = (await organizer.GetFromJsonAsync<JsonNode>("/api/organizer/standing"))!;

        Assert.True(Unit(standing, "bien-phong")["hasNoEntries"]!.GetValue<bool>());
        var units = standing["groups"]!.AsArray().SelectMany(g => g!["units"]!.AsArray()).ToList();
        var active = (await organizer.GetFromJsonAsync<JsonArray>("/api/organizer/units"))!.Count(u => u!["active"]!.GetValue<bool>());
        Assert.True(units.Count >= 74);
        Assert.Equal(active, units.Count);
        Assert.Equal(units.Count(u => u!["hasNoEntries"]!.GetValue<bool>()), standing["unitsWithoutEntries"]!.GetValue<int>());
        Assert.Equal(units.Count - standing["unitsWithoutEntries"]!.GetValue<int>(), standing["unitsWithEntries"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_dashboard_groups_units_in_the_order_of_the_letter()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var standing = (await organizer.GetFromJsonAsync<JsonNode>("/api/organizer/standing"))!;
        var contest = (await stack.Http.GetFromJsonAsync<JsonNode>("/api/contest"))!;

        Assert.Equal(
            contest["unitGroups"]!.AsArray().Select(g => g!["id"]!.GetValue<string>()),
            standing["groups"]!.AsArray().Select(g => g!["group"]!.GetValue<string>()));
    }
}
