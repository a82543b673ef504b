using System.Net;
using ContestServerless.Functions.Broadcasts;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Judging;

namespace ContestServerless.Tests.Broadcasts;

/// <summary>
/// Who each audience reaches, sent for real: every test makes a contest of its own whose data puts some people in the
/// audience and some just outside it (an entry not received, an entry not shortlisted, a judge of another round, a unit
/// of another group, an entrant of another contest), sends with confirm:true, waits for the broadcast to finish and
/// reads the local outbox: exactly the audience got one message each, nobody else got any.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BroadcastAudienceTests(ContestStack stack)
{
    /// <summary>A contest beside the tests' own, with a unit and an entrant of its own, whom no broadcast of theirs may reach.</summary>
    private const string OtherContestId = "nguoi-nhan-cuoc-thi-khac";
    private const string OtherUnit = "nn-khac-don-vi";
    private const string OtherEntrant = "nn.khac.tacgia@example.org";

    [Fact]
    public async Task Units_without_entry_reach_each_such_unit_once_with_its_other_focal_points_in_copy_and_not_a_unit_with_an_entry()
    {
        using var organizer = await NewContestAsync("nguoi-nhan-chua-co-bai");
        await AddUnitAsync(organizer, "nn-cb-trong", "nn-cb-trong@example.org", "nn-cb-trong.pho@example.org");
        await TestUnits.AddAsync(organizer, "nn-cb-trong-2");
        await TestUnits.AddAsync(organizer, "nn-cb-co-bai");
        await EntrantIn("nguoi-nhan-chua-co-bai").EnterAsync(Author("nn-cb-co-bai", "nn.cb.tacgia@example.org"), TestFiles.Pdf());

        var messages = await BroadcastAsync(organizer, "Thư mời các đơn vị chưa có bài", new { audience = "units-without-entry" });

        Assert.Equal(["nn-cb-trong-2@example.org", "nn-cb-trong@example.org"], messages.Select(m => Assert.Single(m.To)).Order(StringComparer.Ordinal));
        Assert.Equal(["nn-cb-trong.pho@example.org"], Assert.Single(messages, m => m.To[0] == "nn-cb-trong@example.org").Cc);
        Assert.Empty(Assert.Single(messages, m => m.To[0] == "nn-cb-trong-2@example.org").Cc);
    }

    [Fact]
    public async Task Lagging_units_reach_a_unit_short_of_entries_or_of_its_quick_report_and_not_one_that_has_both()
    {
        const string contestId = "nguoi-nhan-cham-tien-do";
        using var organizer = await NewContestAsync(contestId);
        await TestUnits.AddAsync(organizer, "nn-cd-khong-bai");
        await TestUnits.AddAsync(organizer, "nn-cd-chua-bao-cao");
        await TestUnits.AddAsync(organizer, "nn-cd-du");
        var entrant = EntrantIn(contestId);
        await entrant.EnterAsync(Author("nn-cd-chua-bao-cao", "nn.cd.tacgia1@example.org"), TestFiles.Pdf());
        await entrant.EnterAsync(Author("nn-cd-du", "nn.cd.tacgia2@example.org"), TestFiles.Pdf());
        using var portal = ContestClients.In(TestUnits.Portal(stack, await TestUnits.LinkTokenAsync(organizer, "nn-cd-du")), contestId);
        var report = await portal.PostAsJsonAsync("/api/unit/reports", new
        {
            channels = new[] { "meetings" }, focalPointNamedOn = "01/01/2020", peopleReached = 80, entriesCollected = 1, reportedBy = "Trần Thị Đầu Mối",
        });
        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());

        var messages = await BroadcastAsync(organizer, "Thư nhắc các đơn vị chậm tiến độ", new { audience = "lagging-units" });

        Assert.Equal(["nn-cd-chua-bao-cao@example.org", "nn-cd-khong-bai@example.org"], Addresses(messages));
    }

    [Fact]
    public async Task All_units_reach_every_unit_taking_part_and_not_a_unit_that_no_longer_takes_part_or_one_of_another_contest()
    {
        await OtherContestAsync();
        using var organizer = await NewContestAsync("nguoi-nhan-moi-don-vi");
        await TestUnits.AddAsync(organizer, "nn-tc-a");
        await TestUnits.AddAsync(organizer, "nn-tc-b");
        await EntrantIn("nguoi-nhan-moi-don-vi").EnterAsync(Author("nn-tc-b", "nn.tc.tacgia@example.org"), TestFiles.Pdf());
        await AddUnitAsync(organizer, "nn-tc-thoi", "nn-tc-thoi@example.org", active: false);

        var messages = await BroadcastAsync(organizer, "Thư gửi tất cả đơn vị tham gia", new { audience = "all-units" });

        Assert.Equal(["nn-tc-a@example.org", "nn-tc-b@example.org"], Addresses(messages));
    }

    [Fact]
    public async Task A_unit_group_reaches_the_units_of_that_group_only()
    {
        using var organizer = await NewContestAsync("nguoi-nhan-mot-khoi");
        await TestUnits.AddAsync(organizer, "nn-kh-huyen-a", group: "huyen");
        await TestUnits.AddAsync(organizer, "nn-kh-huyen-b", group: "huyen");
        await TestUnits.AddAsync(organizer, "nn-kh-so", group: "so-ban-nganh");
        await TestUnits.AddAsync(organizer, "nn-kh-truong", group: "truong-hoc");

        var messages = await BroadcastAsync(organizer, "Thư gửi khối huyện", new { audience = "unit-group", group = "huyen" });

        Assert.Equal(["nn-kh-huyen-a@example.org", "nn-kh-huyen-b@example.org"], Addresses(messages));
    }

    [Fact]
    public async Task Focal_points_are_each_written_to_on_their_own_once_though_one_serves_two_units_and_not_those_of_a_unit_that_left()
    {
        await OtherContestAsync();
        using var organizer = await NewContestAsync("nguoi-nhan-dau-moi");
        await AddUnitAsync(organizer, "nn-dm-a", "nn-dm-a@example.org", "nn-dm-chung@example.org");
        await AddUnitAsync(organizer, "nn-dm-b", "nn-dm-chung@example.org");
        await AddUnitAsync(organizer, "nn-dm-thoi", "nn-dm-thoi@example.org", active: false);

        var messages = await BroadcastAsync(organizer, "Thư gửi từng cán bộ đầu mối", new { audience = "focal-points" });

        Assert.All(messages, m => Assert.Empty(m.Cc));
        Assert.Equal(["nn-dm-a@example.org", "nn-dm-chung@example.org"], Addresses(messages));
    }

    [Fact]
    public async Task Entrants_are_the_authors_of_this_contests_received_entries_once_each_and_never_an_entrant_of_another_contest()
    {
        await OtherContestAsync();
        const string contestId = "nguoi-nhan-tac-gia";
        using var organizer = await NewContestAsync(contestId);
        await TestUnits.AddAsync(organizer, "nn-tg-a");
        var entrant = EntrantIn(contestId);
        await entrant.EnterAsync(Author("nn-tg-a", "nn.tg.hai.bai@example.org"), TestFiles.Pdf());
        await entrant.EnterAsync(Author("nn-tg-a", "NN.TG.Hai.Bai@example.org"), TestFiles.Pdf());
        await entrant.EnterAsync(Author("nn-tg-a", "nn.tg.mot.bai@example.org"), TestFiles.Pdf());
        // Created and uploaded but never submitted: not a received entry, so its author is no entrant yet.
        var unfinished = Author("nn-tg-a", "nn.tg.chua.nop@example.org");
        unfinished["file"]!["size"] = TestFiles.Pdf().Length;
        var (_, uploadUrl) = await entrant.CreateAsync(unfinished);
        (await Entrant.UploadAsync(uploadUrl, TestFiles.Pdf())).EnsureSuccessStatusCode();

        var messages = await BroadcastAsync(organizer, "Thư gửi tác giả các bài dự thi", new { audience = "entrants" });

        Assert.Equal(["nn.tg.hai.bai@example.org", "nn.tg.mot.bai@example.org"], Addresses(messages));
        Assert.DoesNotContain(stack.Outbox.Messages, m => m.To.Contains(OtherEntrant) && m.Subject == "Thư gửi tác giả các bài dự thi");
    }

    [Fact]
    public async Task Shortlisted_reaches_the_authors_of_the_entries_that_went_on_and_not_those_left_behind()
    {
        const string contestId = "nguoi-nhan-vao-vong-trong";
        using var organizer = await NewContestAsync(contestId);
        var judged = await JudgedRoundAsync(organizer, contestId, "nn.vt", "gk.nn.vt@soctrang.example.org");
        var shortlisted = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judged.RoundId}/shortlist", new { top = 2 });
        Assert.True(shortlisted.IsSuccessStatusCode, await shortlisted.Content.ReadAsStringAsync());

        var messages = await BroadcastAsync(organizer, "Thư gửi tác giả các bài vào vòng trong", new { audience = "shortlisted" });

        Assert.Equal(judged.AuthorsBestFirst[..2], Addresses(messages));
    }

    [Fact]
    public async Task Winners_reach_the_authors_of_the_approved_prizes_and_not_an_author_ranked_below_them()
    {
        const string contestId = "nguoi-nhan-dat-giai";
        using var organizer = await NewContestAsync(contestId);
        var judged = await JudgedRoundAsync(organizer, contestId, "nn.dg", "gk.nn.dg@soctrang.example.org");
        var tiers = await organizer.PutAsJsonAsync("/api/organizer/results/settings", new
        {
            tiers = new object[] { new { name = "Giải Nhất", quota = 1 }, new { name = "Giải Nhì", quota = 1 } },
        });
        Assert.True(tiers.IsSuccessStatusCode, await tiers.Content.ReadAsStringAsync());
        var approved = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = "Hội đồng họp theo kế hoạch số 12/KH-BTC trước hạn nhận bài" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());

        var messages = await BroadcastAsync(organizer, "Thư chúc mừng tác giả đạt giải", new { audience = "winners" });

        Assert.Equal(judged.AuthorsBestFirst[..2], Addresses(messages));
    }

    [Fact]
    public async Task Judges_of_a_round_reach_that_rounds_judges_only_and_not_a_judge_of_another_round()
    {
        using var organizer = await NewContestAsync("nguoi-nhan-giam-khao");
        await TestJudging.AddJudgesAsync(organizer,
            ("gk.nn.mot@soctrang.example.org", "Trần Văn Một", null), ("gk.nn.hai@soctrang.example.org", "Lê Thị Hai", null),
            ("gk.nn.ba@soctrang.example.org", "Phạm Văn Ba", null), ("gk.nn.khong@soctrang.example.org", "Võ Thị Không", null));
        var now = DateTimeOffset.UtcNow;
        var first = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo", ["gk.nn.mot@soctrang.example.org", "gk.nn.hai@soctrang.example.org"], 1,
            now.AddMinutes(-1), now.AddDays(1), assign: false);
        await TestJudging.CreateRoundAsync(organizer, "Chung khảo", ["gk.nn.hai@soctrang.example.org", "gk.nn.ba@soctrang.example.org"], 1,
            now.AddDays(2), now.AddDays(3), assign: false);

        var messages = await BroadcastAsync(organizer, "Thư gửi giám khảo vòng sơ khảo", new { audience = "judges", roundId = first });

        Assert.Equal(["gk.nn.hai@soctrang.example.org", "gk.nn.mot@soctrang.example.org"], Addresses(messages));
    }

    /// <summary>
    /// Sends a broadcast with this subject (and the audience's other fields) confirmed, waits until it is done and
    /// answers the outbox's messages of that subject.
    /// </summary>
    private async Task<List<OutboxMessage>> BroadcastAsync(HttpClient organizer, string subject, object audience)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToNode(audience, JsonDefaults)!.AsObject();
        fields["subject"] = subject;
        fields["body"] = "Kính gửi {{nguoi_nhan}},\n\nBan Tổ chức cuộc thi trân trọng thông báo.";
        fields["confirm"] = true;
        var response = await organizer.PostAsJsonAsync("/api/organizer/broadcasts", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.ReadAs<BroadcastStartedView>()).Id;
        await Eventually.WaitAsync(async () =>
            (await (await organizer.GetAsync($"/api/organizer/broadcasts/{id}")).ReadAs<BroadcastProgressView>()).State == "done", $"the broadcast “{subject}” to finish");
        return [.. stack.Outbox.Messages.Where(m => m.Subject == subject)];
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonDefaults = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Every address the messages went to (To and Cc), in order, once per message it is on.</summary>
    private static List<string> Addresses(IEnumerable<OutboxMessage> messages) =>
        [.. messages.SelectMany(m => m.To.Concat(m.Cc)).Order(StringComparer.Ordinal)];

    /// <summary>A contest of the test's own, stored beside the others, and an organizer's client naming it.</summary>
    private async Task<HttpClient> NewContestAsync(string contestId, string name = "Cuộc thi thử người nhận thư hàng loạt")
    {
        await TestContests.AddAsync(stack, contestId, name);
        return ContestClients.In(await stack.SignInAsOrganizerAsync(), contestId);
    }

    /// <summary>The other contest, made by the first test that needs it: a unit without entry and one entrant.</summary>
    private async Task OtherContestAsync()
    {
        if (stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().All.Any(c => c.Id == OtherContestId)) return;
        using var organizer = await NewContestAsync(OtherContestId, "Cuộc thi khác");
        await AddUnitAsync(organizer, OtherUnit, $"{OtherUnit}@example.org");
        await EntrantIn(OtherContestId).EnterAsync(Author(OtherUnit, OtherEntrant), TestFiles.Pdf());
    }

    private Entrant EntrantIn(string contestId) => new(ContestClients.In(stack.Http, contestId));

    /// <summary>An entry form of this unit by the author at this address, under a title of its own.</summary>
    private static System.Text.Json.Nodes.JsonObject Author(string unitId, string email)
    {
        var form = Entrant.Form(unitId: unitId, email: email);
        form["title"] = $"Tấm gương {Guid.NewGuid():N}"[..22];
        return form;
    }

    /// <summary>A unit with these focal points' addresses, the first written to and the others in copy; taking part unless said.</summary>
    private static async Task AddUnitAsync(HttpClient organizer, string id, string firstEmail, string? secondEmail = null, bool active = true)
    {
        var focalPoints = new[] { firstEmail, secondEmail }.OfType<string>()
            .Select((email, i) => new { name = i == 0 ? "Trần Thị Đầu Mối" : "Lê Văn Phó", position = "Chánh Văn phòng", email, phone = "0299 3822 111" });
        var response = await organizer.PostAsJsonAsync("/api/organizer/units", new
        {
            id, name = $"Đơn vị thử {id}", group = "so-ban-nganh", parentId = (string?)null, active, minimumEntries = 1, focalPoints,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Three received entries of one unit scored 90, 80 and 50 by one judge in a round that is then closed, as the
    /// secretariat closes a round early; answers the round and the authors' addresses, best first.
    /// </summary>
    private async Task<(string RoundId, string[] AuthorsBestFirst)> JudgedRoundAsync(HttpClient organizer, string contestId, string prefix, string judge)
    {
        await TestJudging.AddJudgesAsync(organizer, (judge, "Đỗ Văn Chấm", null));
        var unit = await TestUnits.AddAsync(organizer, prefix.Replace('.', '-') + "-don-vi");
        var entrant = EntrantIn(contestId);
        var authors = new[] { $"{prefix}.nhat@example.org", $"{prefix}.nhi@example.org", $"{prefix}.cuoi@example.org" };
        var totals = new Dictionary<string, decimal>();
        for (var i = 0; i < authors.Length; i++)
        {
            var id = await entrant.EnterEssayAsync(unit, $"Tấm gương số {i + 1}", $"Tác Giả Số {i + 1}", $"Câu chuyện về một người tốt số {i + 1}.", authors[i]);
            totals[id] = new[] { 90m, 80m, 50m }[i];
        }
        var now = DateTimeOffset.UtcNow;
        var roundId = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo", [judge], 1, now.AddMinutes(-1), now.AddDays(1));
        await TestJudging.ScoreAllAsync(stack, roundId, [judge], id => totals[id], contestId);
        // Closed at this minute; a minute turning over between reading the clock and the server's check is tried again.
        await Eventually.WaitAsync(async () => (await organizer.PostAsJsonAsync($"/api/organizer/rounds/{roundId}/schedule",
            new { closesAt = TestJudging.Minute(DateTimeOffset.UtcNow), reason = "Giám khảo đã chấm xong." })).IsSuccessStatusCode, "the round to close");
        return (roundId, authors);
    }
}
