using System.Net.Http.Json;
using ContestServerless.Domain.Staff;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A round on the 2026 Cần Thơ profile: a judge from Ninh Kiều ward (a commune-level unit, straight under the city)
/// and one from the Department of Education and Training (whose schools are its sub-units, in another group), two
/// judges with no unit, and entries of the ward, of a school and of another department. Made once per test class.
/// </summary>
public sealed class CanThoJudgingStack : IAsyncLifetime
{
    public const string JudgeA = "gk.an@cantho.example.org";
    public const string JudgeB = "gk.binh@cantho.example.org";
    public const string WardJudge = "gk.cuong@ninhkieu.example.org";
    public const string DepartmentJudge = "gk.dung@sogddt.example.org";
    public const string Ward = "phuong-ninh-kieu";
    public const string Department = "so-giao-duc";
    public const string School = "thpt-chuyen-ly-tu-trong";

    public ContestStack Stack { get; } = new() { Profile = ContestProfiles.CanTho2026 };

    public string RoundId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        using var organizer = await Stack.SignInAsOrganizerAsync();
        foreach (var (email, name, unit) in new[] { (JudgeA, "Trần Văn An", (string?)null), (JudgeB, "Lê Thị Bình", null), (WardJudge, "Phạm Quốc Cường", Ward), (DepartmentJudge, "Võ Thị Dung", Department) })
            (await organizer.PostAsJsonAsync("/api/organizer/staff", new { email, name, roles = new[] { StaffRoles.Judge }, unitId = unit })).EnsureSuccessStatusCode();

        var entrant = new Entrant(Stack.Http);
        var units = new[] { Ward, Ward, School, School, "so-noi-vu", "xa-cu-lao-dung" };
        for (var i = 0; i < units.Length; i++)
        {
            var author = $"Tác Giả Số {i + 1}";
            var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: units[i], email: $"tacgia{i + 1}@example.org");
            form["title"] = $"Tấm gương số {i + 1}";
            form["author"]!["fullName"] = author;
            await entrant.EnterAsync(form, WordFiles.Essay($"Câu chuyện về một người tốt số {i + 1}.", author));
        }

        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        var round = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name = "Sơ khảo",
            judges = new[] { JudgeA, JudgeB, WardJudge, DepartmentJudge },
            judgesPerEntry = 2,
            opensAt = now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"),
            closesAt = now.AddDays(14).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.True(round.IsSuccessStatusCode, await round.Content.ReadAsStringAsync());
        RoundId = (await round.Content.ReadFromJsonAsync<Functions.Judging.RoundView>())!.Id;
        var assigned = await organizer.PostAsync($"/api/organizer/rounds/{RoundId}/assignments", null);
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Stack.DisposeAsync();
}
