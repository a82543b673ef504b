using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Mail;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Mail;

/// <summary>The organizers' message log lists what was sent with its status, filtered; a resend goes to the same or a corrected address.</summary>
[Collection(StackCollection.Name)]
public sealed class MessageLogTests(ContestStack stack)
{
    [Fact]
    public async Task The_log_lists_a_units_messages_with_their_status_filtered_by_kind_status_unit_and_day()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var unit = $"nhat-ky-{Guid.NewGuid():N}"[..20];
        var bouncing = $"loc-{Guid.NewGuid():N}@example.org";
        stack.Services.GetRequiredService<OutboxEvents>().EndNext(bouncing, "bounce");
        var reminder = await MailEvents.SendAsync(stack, bouncing, MessageKind.Reminder, unit);
        var results = await MailEvents.SendAsync(stack, $"loc-{Guid.NewGuid():N}@example.org", MessageKind.Results, unit);
        await MailEvents.WaitForStatusAsync(stack, reminder, MessageStatus.Bounced);
        await MailEvents.WaitForStatusAsync(stack, results, MessageStatus.Delivered);
        var today = ContestServerless.Domain.Common.VietnamTime.Date(DateTimeOffset.UtcNow);

        var all = await (await organizer.GetAsync($"/api/organizer/messages?unitId={unit}&from={today}&to={today}")).ReadAs<MessageListView>();
        var bounced = await (await organizer.GetAsync($"/api/organizer/messages?unitId={unit}&status=bounced")).ReadAs<MessageListView>();
        var ofKind = await (await organizer.GetAsync($"/api/organizer/messages?unitId={unit}&kind=results")).ReadAs<MessageListView>();
        var yesterday = await (await organizer.GetAsync($"/api/organizer/messages?unitId={unit}&to=01/01/2020")).ReadAs<MessageListView>();

        Assert.Equal([results, reminder], all.Messages.Select(m => m.Id));
        Assert.Equal(2, all.Total);
        var row = Assert.Single(bounced.Messages);
        Assert.Equal((reminder, "reminder", bouncing, "bounced", true), (row.Id, row.Kind, row.To, row.Status, row.Suppressed));
        Assert.Equal(results, Assert.Single(ofKind.Messages).Id);
        Assert.Equal(0, yesterday.Total);
    }

    [Theory]
    [InlineData("kind=thu-la", "kind")]
    [InlineData("status=mat-tich", "status")]
    [InlineData("from=31/02/2027", "from")]
    public async Task An_unknown_filter_value_is_a_field_error(string query, string field)
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var response = await organizer.GetAsync($"/api/organizer/messages?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblem()).Errors.Keys);
    }

    [Fact]
    public async Task A_resend_to_the_same_address_is_a_new_message_of_the_log_and_audited()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var email = $"gui-lai-{Guid.NewGuid():N}@example.org";
        var original = await MailEvents.SendAsync(stack, email);

        var response = await organizer.PostAsync($"/api/organizer/messages/{original}/resend", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var resent = await response.ReadAs<ResentView>();
        Assert.Equal((email, false), (resent.To, resent.FocalPointCorrected));
        var row = await MailEvents.WaitForStatusAsync(stack, resent.Id!, MessageStatus.Delivered);
        Assert.Equal(original, row.ResendOf);
        Assert.Equal(2, stack.Outbox.Messages.Count(m => m.To.Contains(email)));
        var audit = await organizer.GetStringAsync("/api/organizer/audit");
        Assert.Contains(original, audit);
    }

    [Fact]
    public async Task A_resend_of_a_bounced_message_without_a_corrected_address_asks_for_one()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var email = $"bi-chan-{Guid.NewGuid():N}@example.org";
        stack.Services.GetRequiredService<OutboxEvents>().EndNext(email, "dropped");
        var original = await MailEvents.SendAsync(stack, email);
        await MailEvents.WaitForStatusAsync(stack, original, MessageStatus.Dropped);
        var requests = stack.Outbox.Requests;

        var same = await organizer.PostAsync($"/api/organizer/messages/{original}/resend", null);
        var sameTyped = await organizer.PostAsJsonAsync($"/api/organizer/messages/{original}/resend", new { to = email.ToUpperInvariant() });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (same.StatusCode, sameTyped.StatusCode));
        Assert.Contains("to", (await same.ReadProblem()).Errors.Keys);
        Assert.Equal(requests, stack.Outbox.Requests);
    }

    [Fact]
    public async Task A_resend_to_an_address_that_is_not_an_email_is_a_field_error_and_sends_nothing()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var original = await MailEvents.SendAsync(stack, $"sai-dia-chi-{Guid.NewGuid():N}@example.org");
        var requests = stack.Outbox.Requests;

        var response = await organizer.PostAsJsonAsync($"/api/organizer/messages/{original}/resend", new { to = "khong-phai-email" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("to", (await response.ReadProblem()).Errors.Keys);
        Assert.Equal(requests, stack.Outbox.Requests);
    }

    [Fact]
    public async Task A_resend_to_a_corrected_address_also_corrects_the_units_focal_point()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var unit = await TestUnits.AddAsync(organizer, $"sua-dia-chi-{Guid.NewGuid():N}"[..24]);
        stack.Services.GetRequiredService<OutboxEvents>().EndNext($"{unit}@example.org", "bounce");
        var original = await MailEvents.SendAsync(stack, $"{unit}@example.org", MessageKind.Reminder, unit);
        await MailEvents.WaitForStatusAsync(stack, original, MessageStatus.Bounced);

        var response = await organizer.PostAsJsonAsync($"/api/organizer/messages/{original}/resend", new { to = $"{unit}@donvi.example.org" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var resent = await response.ReadAs<ResentView>();
        Assert.True(resent.FocalPointCorrected);
        await MailEvents.WaitForStatusAsync(stack, resent.Id!, MessageStatus.Delivered);
        var stored = await stack.Services.GetRequiredService<IUnitRegister>().FindAsync(unit, CancellationToken.None);
        Assert.Equal($"{unit}@donvi.example.org", Assert.Single(stored!.FocalPoints).Email);
    }

    [Fact]
    public async Task A_resend_of_a_message_the_log_does_not_hold_is_not_found()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();

        var response = await organizer.PostAsync($"/api/organizer/messages/{MessageIds.New(DateTimeOffset.UtcNow)}/resend", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
