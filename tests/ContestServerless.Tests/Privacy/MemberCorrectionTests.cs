using System.Text.Json.Nodes;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Privacy;

namespace ContestServerless.Tests.Privacy;

/// <summary>
/// Every member of a group and a minor's guardian have the leader's right to correction: the change is stored,
/// the earlier members and guardian are kept in the version, and it is audited.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class MemberCorrectionTests(ContestStack stack)
{
    private IEntryStore Store => stack.Services.GetRequiredService<IEntryStore>();

    private static object Member(string fullName, string phone, int birthYear = 2008) =>
        new { fullName, birthYear, workplace = "Trường THCS Phường 5", phone, email = "" };

    private async Task<EntrantClient> GroupAsync(string unitId)
    {
        var unit = await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), unitId);
        var form = GroupForms.Form(unit, "Thầy giáo của bản làng",
            GroupForms.CoAuthor("Trần Văn Hải", 1990), GroupForms.CoAuthor("Lê Thị Thu", 1992, phone: "0914 111 222"));
        var submitted = await GroupForms.EnterAsync(stack.Http, form);
        return new EntrantClient(stack.Http, submitted.Id, submitted.ReceiptCode);
    }

    [Fact]
    public async Task A_co_author_is_corrected_kept_as_a_version_and_audited()
    {
        var entrant = await GroupAsync("privacy-member");

        var response = await entrant.CorrectAsync(new
        {
            coAuthors = new[] { Member("Trần Văn Hải", "0913 222 333", 1990), Member("Lê Thị Thu Hà", "0988 777 666", 1992) },
        });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var record = await response.ReadAs<EntrantRecordView>();
        Assert.Equal(1, record.Revision);
        Assert.Equal(("Lê Thị Thu Hà", "0988 777 666"), (record.CoAuthors[1].FullName, record.CoAuthors[1].Phone));
        Assert.Equal("Nguyễn Thị Lan", record.Author.FullName);
        var version = Assert.Single(record.Versions);
        Assert.Equal(["Trần Văn Hải", "Lê Thị Thu"], version.CoAuthors.Select(c => c.FullName));
        Assert.Equal("0914 111 222", version.CoAuthors[1].Phone);
        var stored = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal("Lê Thị Thu Hà", stored.CoAuthors[1].FullName);
        Assert.Contains(stored.Members, m => m.FullName == "Lê Thị Thu Hà" && !m.IsLeader);
        var reread = await (await entrant.GetAsync()).ReadAs<EntrantRecordView>();
        Assert.Equal("Lê Thị Thu", Assert.Single(reread.Versions).CoAuthors[1].FullName);
        var audit = await (await stack.SignInAsOrganizerAsync()).GetStringAsync("/api/organizer/audit");
        Assert.Contains(AuditAction.EntryCorrected, audit);
        Assert.Contains(entrant.Id, audit);
    }

    [Fact]
    public async Task A_bad_co_author_is_refused_under_its_own_fields_and_nothing_changes()
    {
        var entrant = await GroupAsync("privacy-member-bad");

        var response = await entrant.CorrectAsync(new
        {
            coAuthors = new[] { Member(" ", "0913 222 333", 1990), Member("Lê Thị\u202E Thu", "12", 1992) },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Equal(["Vui lòng nhập họ và tên của đồng tác giả thứ 1."], errors["coAuthors[0].fullName"]);
        Assert.Equal(["Mục họ và tên của đồng tác giả thứ 2 chứa ký tự không hợp lệ."], errors["coAuthors[1].fullName"]);
        Assert.StartsWith("Số điện thoại không hợp lệ", errors["coAuthors[1].phone"].Single());
        var stored = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal((0, "Lê Thị Thu"), (stored.Revision, stored.CoAuthors[1].FullName));
    }

    [Fact]
    public async Task A_correction_neither_adds_nor_removes_members_and_an_unchanged_group_is_refused()
    {
        var entrant = await GroupAsync("privacy-member-count");

        var fewer = await entrant.CorrectAsync(new { coAuthors = new[] { Member("Trần Văn Hải", "0913 222 333", 1990) } });
        var same = await entrant.CorrectAsync(new
        {
            coAuthors = new[] { Member("Trần Văn Hải", "0913 222 333", 1990), Member("Lê Thị Thu", "0914 111 222", 1992) },
        });

        Assert.Equal(HttpStatusCode.BadRequest, fewer.StatusCode);
        Assert.Contains("không thêm hoặc bớt người", (await fewer.ReadProblem()).Errors["coAuthors"].Single());
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Equal("Thông tin không thay đổi so với thông tin đã lưu.", (await same.ReadProblem()).Errors["author.fullName"].Single());
        Assert.Equal(2, (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry.CoAuthors.Count);
    }

    [Fact]
    public async Task A_minors_guardian_is_corrected_keeping_the_consent_and_the_earlier_guardian_in_the_version()
    {
        var unit = await TestUnits.AddAsync(await stack.SignInAsOrganizerAsync(), "privacy-guardian");
        var form = Entrant.Form(unitId: unit);
        form["author"]!["birthYear"] = 2011;
        form["author"]!["occupation"] = "Học sinh";
        form["guardian"] = new JsonObject { ["fullName"] = "Nguyễn Văn Ba", ["relationship"] = "Cha", ["phone"] = "0912 000 111", ["consent"] = true };
        var submitted = await GroupForms.EnterAsync(stack.Http, form);
        var entrant = new EntrantClient(stack.Http, submitted.Id, submitted.ReceiptCode);
        var before = await (await entrant.GetAsync()).ReadAs<EntrantRecordView>();

        var response = await entrant.CorrectAsync(new { guardian = new { fullName = "Nguyễn Văn Bảy", relationship = "Cha", phone = "0912 000 222" } });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var record = await response.ReadAs<EntrantRecordView>();
        Assert.Equal(("Nguyễn Văn Bảy", "0912 000 222"), (record.Guardian!.FullName, record.Guardian.Phone));
        Assert.Equal(before.Guardian!.ConsentedAt, record.Guardian.ConsentedAt);
        var version = Assert.Single(record.Versions);
        Assert.Equal(("Nguyễn Văn Ba", "0912 000 111"), (version.Guardian!.FullName, version.Guardian.Phone));
        Assert.Equal("Nguyễn Văn Bảy", (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry.Guardian!.FullName);
    }
}
