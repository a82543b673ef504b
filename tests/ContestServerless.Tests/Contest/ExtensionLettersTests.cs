using ContestServerless.Domain.Common;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Reminders;
using ContestServerless.Tests.Reminders;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// Extending the deadline tells every unit taking part by e-mail, once: the reminders' run that follows sends no second
/// letter, a unit without an address is recorded as skipped, and each unit's mail history names the letter.
/// </summary>
public sealed class ExtensionLettersTests(ReminderStack reminders) : IClassFixture<ReminderStack>
{
    private ContestStack Stack => reminders.Stack;

    [Fact]
    public async Task Every_unit_is_told_of_an_extension_once_and_its_history_names_the_letter()
    {
        var units = await reminders.AddUnitsAsync("gia-han", 3);
        var silent = (await reminders.AddUnitsAsync("gia-han-khong-thu", 1, withEmail: false))[0];
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var contest = (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;
        var later = contest.SubmissionClosesAt.AddDays(10);
        var closesAt = new DateTimeOffset(later.Year, later.Month, later.Day, later.Hour, later.Minute, 0, later.Offset);

        var extended = await organizer.PostAsJsonAsync($"/api/organizer/contests/{contest.Id}/extension", new
        {
            closesAt = closesAt.ToString("yyyy-MM-dd'T'HH:mm"),
            reason = "Nhiều đơn vị đề nghị thêm thời gian.",
            notice = "Ban Tổ chức gia hạn nhận bài thêm 10 ngày.",
        });

        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var subject = $"Thông báo gia hạn nhận bài dự thi đến {VietnamTime.DateTime(closesAt)}";
        int Letters() => Stack.Outbox.Messages.Count(m => m.Subject == subject);
        // Told as the extension is decided, not at the next reminders' run.
        Assert.Equal(units.Count, Letters());
        (await organizer.PostAsync("/api/organizer/reminders/send", null)).EnsureSuccessStatusCode();
        Assert.Equal(units.Count, Letters());
        foreach (var unit in units)
        {
            var letter = Assert.Single(Stack.Outbox.Messages, m => m.To.Contains(unit.FocalPoints[0].Email) && m.Subject == subject);
            Assert.Contains("Ban Tổ chức gia hạn nhận bài thêm 10 ngày.", letter.PlainText, StringComparison.Ordinal);
            Assert.Contains($"hạn trước đây: {VietnamTime.DateTime(contest.SubmissionClosesAt)}", letter.PlainText, StringComparison.Ordinal);
        }
        var history = (await organizer.GetFromJsonAsync<ReminderHistoryView>($"/api/organizer/reminders/history/{units[0].Id}"))!;
        Assert.Equal("sent", Assert.Single(history.Records, r => r.Label == "Thư thông báo gia hạn nhận bài").State);
        var unreachable = (await organizer.GetFromJsonAsync<ReminderHistoryView>($"/api/organizer/reminders/history/{silent.Id}"))!;
        Assert.Equal("skipped", Assert.Single(unreachable.Records, r => r.Label == "Thư thông báo gia hạn nhận bài").State);
    }
}
