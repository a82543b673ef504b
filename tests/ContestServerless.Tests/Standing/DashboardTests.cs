using ContestServerless.Domain.Common;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Standing;
using ContestServerless.Functions.Units;

namespace ContestServerless.Tests.Standing;

[Collection(StackCollection.Name)]
public sealed class DashboardTests(ContestStack stack)
{
    private readonly Entrant _entrant = new(stack.Http);

    private static UnitStandingView Unit(StandingView standing, string id) =>
        standing.Groups.SelectMany(g => g.Units).Single(u => u.Id == id);

    private static int MovementCount(StandingView standing, string movement) =>
        standing.ByMovement.SingleOrDefault(m => m.Movement == movement)?.Entries ?? 0;

    private static int DayCount(StandingView standing, string day) =>
        standing.ByDay.SingleOrDefault(d => d.Day == day)?.Entries ?? 0;

    [Fact]
    public async Task The_dashboard_counts_submissions_per_unit_rolling_sub_units_up_into_their_parent()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await stack.CatalogueCaughtUpAsync();
        var before = (await organizer.GetFromJsonAsync<StandingView>("/api/organizer/standing"))!;

        await _entrant.EnterAsync(Entrant.Form(unitId: "th-nga-nam-1"), TestFiles.Pdf());
        await _entrant.EnterAsync(Entrant.Form(unitId: "th-nga-nam-1"), TestFiles.Pdf());
        await _entrant.EnterAsync(Entrant.Form(unitId: "tx-nga-nam"), TestFiles.Pdf());
        await _entrant.CreateAsync(Entrant.Form(unitId: "tx-nga-nam")); // pending: never counted
        await stack.CatalogueCaughtUpAsync();
        var after = (await organizer.GetFromJsonAsync<StandingView>("/api/organizer/standing"))!;

        var town = Unit(after, "tx-nga-nam");
        Assert.Equal(1, town.OwnEntries);
        Assert.Equal(3, town.Entries);
        Assert.Equal(1, town.SubUnits);
        Assert.False(town.HasNoEntries);
        Assert.Equal(2, Unit(after, "th-nga-nam-1").OwnEntries);
        Assert.Equal(VietnamTime.Date(DateTimeOffset.UtcNow), VietnamTime.Date(Unit(after, "th-nga-nam-1").LastReceivedAt!.Value));
        Assert.Equal(before.EntriesReceived + 3, after.EntriesReceived);
        Assert.Equal(MovementCount(before, "giam-ngheo") + 3, MovementCount(after, "giam-ngheo"));
        var today = VietnamTime.ToLocal(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DayCount(before, today) + 3, DayCount(after, today));
    }

    [Fact]
    public async Task The_dashboard_marks_units_with_no_entries_and_counts_them()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        await stack.CatalogueCaughtUpAsync();
        var standing = (await organizer.GetFromJsonAsync<StandingView>("/api/organizer/standing"))!;

        Assert.True(Unit(standing, "bien-phong").HasNoEntries);
        var units = standing.Groups.SelectMany(g => g.Units).ToList();
        var active = (await organizer.GetFromJsonAsync<List<UnitView>>("/api/organizer/units"))!.Count(u => u.Active);
        Assert.True(units.Count >= 74);
        Assert.Equal(active, units.Count);
        Assert.Equal(units.Count(u => u.HasNoEntries), standing.UnitsWithoutEntries);
        Assert.Equal(units.Count - standing.UnitsWithoutEntries, standing.UnitsWithEntries);
    }

    [Fact]
    public async Task The_dashboard_groups_units_in_the_order_of_the_letter()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        await stack.CatalogueCaughtUpAsync();
        var standing = (await organizer.GetFromJsonAsync<StandingView>("/api/organizer/standing"))!;
        var contest = (await stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;

        Assert.Equal(contest.UnitGroups.Select(g => g.Id), standing.Groups.Select(g => g.Group));
    }
}
