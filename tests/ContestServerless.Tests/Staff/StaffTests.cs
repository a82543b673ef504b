using System.Text.Json.Nodes;
using ContestServerless.Functions.Staff;

namespace ContestServerless.Tests.Staff;

[Collection(StackCollection.Name)]
public sealed class StaffTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private static readonly JsonObject SignInOf = new()
    {
        ["identityProvider"] = "aad",
        ["userId"] = "abc",
        ["claims"] = new JsonArray(new JsonObject { ["typ"] = "name", ["val"] = "Ai đó" }),
    };

    /// <summary>
    /// What Static Web Apps posts to its roles source after a sign-in. Only the platform can reach it (the local host
    /// refuses outside calls, as the platform does), so the call goes to the function the way the platform's does.
    /// </summary>
    private async Task<string[]> RolesOfAsync(string userDetails)
    {
        var signIn = SignInOf.DeepClone().AsObject();
        signIn["userDetails"] = userDetails;
        var result = await Stack.Function<StaffFunctions>().GetRoles(FunctionCalls.Post(Stack.Services, signIn), CancellationToken.None);
        var (status, body, _) = FunctionCalls.Read<RolesView>(result);
        Assert.Equal(200, status);
        return [.. body.Roles];
    }

    [Fact]
    public async Task The_roles_source_answers_nobody_from_outside_the_platform_signed_in_or_not()
    {
        var signIn = SignInOf.DeepClone().AsObject();
        signIn["userDetails"] = TestStaff.Secretary;

        var anonymous = await Stack.Http.PostAsJsonAsync("/api/roles", signIn);
        var signedIn = await Organizer.PostAsJsonAsync("/api/roles", signIn);
        var otherCase = await Stack.Http.PostAsJsonAsync("/API/Roles", signIn);

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCase.StatusCode);
        Assert.DoesNotContain("organizer", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_roles_source_grantsOrganizer_to_theOrganizers_named_in_settings()
    {
        Assert.Equal(["organizer"], await RolesOfAsync(TestStaff.Secretary.ToUpperInvariant()));
        Assert.Empty(await RolesOfAsync("nguoi-la@example.org"));
    }

    [Fact]
    public async Task AnOrganizer_adds_a_judge_who_then_gets_the_judge_role_and_can_be_removed()
    {
        var saved = await Organizer.PostAsJsonAsync("/api/organizer/staff", new { email = " GiamKhao.Mot@Example.org ", name = "Trần Thị Giám Khảo", roles = new[] { "judge" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        Assert.Equal(["judge"], await RolesOfAsync("giamkhao.mot@example.org"));
        var listed = (await Organizer.GetFromJsonAsync<List<StaffListingView>>("/api/organizer/staff"))!;
        var member = listed.Single(m => m.Email == "giamkhao.mot@example.org");
        Assert.Equal("Trần Thị Giám Khảo", member.Name);
        Assert.Equal(TestStaff.Secretary, member.AddedBy);
        Assert.Contains(listed, m => m.Email == TestStaff.Secretary && m.FromSettings);

        var removed = await Organizer.DeleteAsync("/api/organizer/staff/giamkhao.mot@example.org");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(await RolesOfAsync("giamkhao.mot@example.org"));
    }

    [Fact]
    public async Task A_judges_unit_is_listed_by_name_kept_when_saved_again_without_it_and_cleared_only_on_purpose()
    {
        await TestUnits.AddAsync(Organizer, "gk-don-vi");
        const string judge = "giamkhao.donvi@example.org";
        async Task<StaffListingView> ListedAsync() =>
            (await Organizer.GetFromJsonAsync<List<StaffListingView>>("/api/organizer/staff"))!.Single(m => m.Email == judge);

        (await Organizer.PostAsJsonAsync("/api/organizer/staff", new { email = judge, name = "Lâm Thị Giám Khảo", roles = new[] { "judge" }, unitId = "gk-don-vi" })).EnsureSuccessStatusCode();
        var first = await ListedAsync();
        var renamed = await Organizer.PostAsJsonAsync("/api/organizer/staff", new { email = judge, name = "Lâm Thị Giám Khảo Hai", roles = new[] { "judge" } });
        var kept = await ListedAsync();
        (await Organizer.PostAsJsonAsync("/api/organizer/staff", new { email = judge, name = "Lâm Thị Giám Khảo Hai", roles = new[] { "judge" }, unitId = "" })).EnsureSuccessStatusCode();
        var cleared = await ListedAsync();

        Assert.Equal(("gk-don-vi", "Đơn vị thử gk-don-vi"), (first.UnitId, first.UnitName));
        Assert.Equal("gk-don-vi", (await renamed.ReadAs<StaffMemberView>()).UnitId);
        Assert.Equal(("Lâm Thị Giám Khảo Hai", "gk-don-vi", "Đơn vị thử gk-don-vi"), (kept.Name, kept.UnitId, kept.UnitName));
        Assert.Equal(first.AddedAt, kept.AddedAt);
        Assert.Equal((null, null), (cleared.UnitId, cleared.UnitName));
    }

    [Fact]
    public async Task A_staff_member_with_bad_details_is_refused_field_by_field()
    {
        var response = await Organizer.PostAsJsonAsync("/api/organizer/staff", new { email = "khong-phai-email", name = "", roles = new[] { "admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Contains("email", errors.Keys);
        Assert.Contains("name", errors.Keys);
        Assert.Contains("roles", errors.Keys);
    }

    [Fact]
    public async Task AnOrganizer_cannot_remove_themselves_or_anOrganizer_from_settings()
    {
        var self = await Organizer.DeleteAsync($"/api/organizer/staff/{TestStaff.Secretary}");
        using var other = await Stack.SignInAsync("khac@snv.example.org", "organizer");
        var fromSettings = await other.DeleteAsync($"/api/organizer/staff/{TestStaff.Secretary}");

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fromSettings.StatusCode);
        Assert.Contains("Staff__InitialOrganizers", await fromSettings.Content.ReadAsStringAsync());
    }
}
