using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A stack of its own for creating, archiving and deleting contests, so the shared stack's list of contests never changes
/// under other tests: its default contest is open, and <see cref="Archived"/>, a copy of it with its register and one
/// entry, is archived before the tests run.
/// </summary>
public sealed class ContestLifecycleStack() : SeededStack(new ContestStack())
{
    public const string Archived = "luu-tru-2019";
    public const string Unit = "so-noi-vu";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await CreateAsync(organizer, Archived, "Cuộc thi đã lưu trữ năm 2019", copyFrom: Stack.DefaultContestId(), copyRegister: true);
        using var entrant = ContestClients.In(Stack.Http, Archived);
        await new Entrant(entrant).CreateAsync(Entrant.Form(unitId: Unit, email: "luu-tru@example.org"));
        var archived = await organizer.PostAsync($"/api/organizer/contests/{Archived}/archive", null);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
    }

    /// <summary>Creates a contest through the organizers' API; the answer as it came.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient organizer, object body) => organizer.PostAsJsonAsync("/api/organizer/contests", body);

    /// <summary>Creates a contest and answers its settings, failing the test when it is refused.</summary>
    public static async Task<ContestSettingsView> CreateAsync(HttpClient organizer, string id, string name, string? copyFrom = null, bool copyRegister = false)
    {
        var response = await PostAsync(organizer, new { id, name, copyFrom, copyRegister });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAs<ContestSettingsView>();
    }

    /// <summary>A client signed in with both staff roles, so a judge's route and an organizer's both reach the contest rule.</summary>
    public Task<HttpClient> SignInAsStaffAsync() => Stack.SignInAsync(TestStaff.Secretary, StaffRoles.Organizer, StaffRoles.Judge);
}
