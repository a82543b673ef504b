using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// Late-entry links: organizers issue them (audited), and after closing they let in an entry for their unit or by
/// their person until they expire; the entry is marked late. "After closing" is the entry service on a fake clock a
/// day past the shared stack's closing, as the closed-submission tests do.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class LateEntryTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset AfterClosing = DateTimeOffset.UtcNow.AddDays(31);

    private async Task<LateLinkView> IssueAsync(object request)
    {
        var response = await Organizer.PostAsJsonAsync("/api/organizer/late-links", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LateLinkView>(Web))!;
    }

    private static string TokenOf(LateLinkView link)
    {
        Assert.StartsWith("/submit.html#late=", link.Path);
        return Uri.UnescapeDataString(link.Path["/submit.html#late=".Length..]);
    }

    private async Task<(int Status, JsonNode Body)> CreateAfterClosingAsync(JsonObject form, string? lateToken, DateTimeOffset? at = null)
    {
        var service = ActivatorUtilities.CreateInstance<EntryService>(Stack.Services, new FakeTimeProvider(at ?? AfterClosing));
        var request = FunctionCalls.Post(Stack.Services, form);
        if (lateToken is not null) request.Headers[LateLinkHeader.Name] = lateToken;
        var (status, body, _) = FunctionCalls.Read(await new EntryFunctions(service).CreateEntry(request, CancellationToken.None));
        return (status, body);
    }

    private static ValidationProblemDetails ProblemOf(JsonNode body) => body.Deserialize<ValidationProblemDetails>(Web)!;

    [Fact]
    public async Task A_unit_link_lets_an_entry_for_its_unit_in_after_closing_and_the_entry_is_marked_late()
    {
        var unitId = await TestUnits.AddAsync(Organizer, "muon-don-vi");
        var link = TokenOf(await IssueAsync(new { unitId, expiresAt = DateTimeOffset.UtcNow.AddDays(35) }));

        var (status, body) = await CreateAfterClosingAsync(Entrant.Form(unitId: unitId, size: TestFiles.Pdf().Length), link);

        Assert.Equal(201, status);
        var id = body["id"]!.GetValue<string>();
        await Entrant.UploadAsync(new Uri(body["uploadUrl"]!.GetValue<string>()), TestFiles.Pdf());
        var late = ActivatorUtilities.CreateInstance<EntryService>(Stack.Services, new FakeTimeProvider(AfterClosing.AddHours(1)));
        var submitted = await new EntryFunctions(late).SubmitEntry(
            FunctionCalls.Post(Stack.Services, new JsonObject { ["submitKey"] = body["submitKey"]!.GetValue<string>() }), id, CancellationToken.None);
        Assert.Equal(200, FunctionCalls.Read(submitted).Status);
        var stored = (await Stack.Services.GetRequiredService<IEntryStore>().FindAsync(id, CancellationToken.None))!.Entry;
        Assert.Equal(EntryStatus.Received, stored.Status);
        Assert.True(stored.Late);
        var listed = await Organizer.GetFromJsonAsync<JsonObject>($"/api/organizer/entries/{id}");
        Assert.True(listed!["late"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_a_link_the_closed_contest_still_refuses_the_entry()
    {
        var (status, body) = await CreateAfterClosingAsync(Entrant.Form(), lateToken: null);

        Assert.Equal(400, status);
        Assert.Equal("Cuộc thi đã hết hạn nhận bài", ProblemOf(body).Title);
    }

    [Fact]
    public async Task A_unit_link_does_not_let_in_an_entry_for_another_unit()
    {
        var unitId = await TestUnits.AddAsync(Organizer, "muon-don-vi-khac");
        var link = TokenOf(await IssueAsync(new { unitId, expiresAt = DateTimeOffset.UtcNow.AddDays(35) }));

        var (status, body) = await CreateAfterClosingAsync(Entrant.Form(unitId: "so-noi-vu"), link);

        Assert.Equal(400, status);
        Assert.Contains("chỉ dùng để gửi bài cho đơn vị", ProblemOf(body).Errors["unitId"][0]);
    }

    [Fact]
    public async Task A_forged_link_is_refused_with_403()
    {
        var link = TokenOf(await IssueAsync(new { unitId = "so-noi-vu", expiresAt = DateTimeOffset.UtcNow.AddDays(35) }));
        var parts = link.Split('~');
        parts[1] = "so-tu-phap";

        var (status, body) = await CreateAfterClosingAsync(Entrant.Form(unitId: "so-tu-phap"), string.Join('~', parts));

        Assert.Equal(403, status);
        Assert.Equal("Đường dẫn nộp muộn không hợp lệ", ProblemOf(body).Title);
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_403()
    {
        var link = TokenOf(await IssueAsync(new { unitId = "so-noi-vu", expiresAt = DateTimeOffset.UtcNow.AddDays(32) }));

        var (status, body) = await CreateAfterClosingAsync(Entrant.Form(), link, at: DateTimeOffset.UtcNow.AddDays(33));

        Assert.Equal(403, status);
        Assert.Equal("Đường dẫn nộp muộn đã hết hạn", ProblemOf(body).Title);
    }

    [Fact]
    public async Task A_person_link_lets_in_that_person_whatever_the_diacritics_and_no_one_else()
    {
        var link = TokenOf(await IssueAsync(new { personName = "Nguyễn Thị Lan", expiresAt = DateTimeOffset.UtcNow.AddDays(35) }));
        var form = Entrant.Form();
        form["author"]!["fullName"] = "nguyen thi LAN";
        var other = Entrant.Form();
        other["author"]!["fullName"] = "Nguyễn Thị Lâm";

        var (status, body) = await CreateAfterClosingAsync(form, link);
        var (refused, problem) = await CreateAfterClosingAsync(other, link);

        Assert.Equal(201, status);
        var stored = await Stack.Services.GetRequiredService<IEntryStore>().FindAsync(body["id"]!.GetValue<string>(), CancellationToken.None);
        Assert.True(stored!.Entry.Late);
        Assert.Equal(400, refused);
        Assert.Contains("Nguyễn Thị Lan", ProblemOf(problem).Errors["author.fullName"][0]);
    }

    [Fact]
    public async Task Issuing_a_link_is_written_to_the_audit_trail()
    {
        var unitId = await TestUnits.AddAsync(Organizer, "muon-nhat-ky");

        var link = await IssueAsync(new { unitId, expiresAt = DateTimeOffset.UtcNow.AddDays(35) });

        Assert.Equal(unitId, link.UnitId);
        var page = await Stack.Services.GetRequiredService<IAuditLog>().ListAsync(null, 200, CancellationToken.None);
        Assert.Contains(page!.Records, r => r.Action == AuditAction.LateLinkIssued && r.Target == unitId);
    }

    [Theory]
    [InlineData("yyyy-MM-dd'T'HH:mm", "muon-gio-iso")]
    [InlineData("dd/MM/yyyy HH:mm", "muon-gio-go")]
    public async Task A_time_sent_without_an_offset_is_a_time_in_Vietnam(string format, string unitId)
    {
        await TestUnits.AddAsync(Organizer, unitId);
        var eight = VietnamTime.ToLocal(DateTimeOffset.UtcNow.AddDays(33)).Date.AddHours(8);

        var link = await IssueAsync(new { unitId, expiresAt = eight.ToString(format, CultureInfo.InvariantCulture) });

        Assert.Equal(new DateTimeOffset(eight, TimeSpan.FromHours(7)), link.ExpiresAt);
        Assert.Equal(TimeSpan.FromHours(7), link.ExpiresAt.Offset);
    }

    [Theory]
    [InlineData("{\"expiresAt\":\"2999-01-01T00:00:00Z\"}", "unitId")]
    [InlineData("{\"unitId\":\"so-noi-vu\",\"personName\":\"Lan\",\"expiresAt\":\"2999-01-01T00:00:00Z\"}", "unitId")]
    [InlineData("{\"unitId\":\"so-noi-vu\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}", "expiresAt")]
    [InlineData("{\"unitId\":\"so-noi-vu\",\"expiresAt\":\"2999-01-01T00:00:00Z\"}", "expiresAt")]
    [InlineData("{\"unitId\":\"khong-co\",\"expiresAt\":\"2999-01-01T00:00:00Z\"}", "unitId")]
    public async Task A_link_asked_for_wrongly_is_refused_with_a_field_error(string request, string field)
    {
        var response = await Organizer.PostAsync("/api/organizer/late-links", new StringContent(request, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Web))!;
        Assert.True(problem.Errors.ContainsKey(field), string.Join(", ", problem.Errors.Keys));
    }
}
