using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// The organizers' daily digest after a run: who lags on what, what the run did, and which units mail does not reach
/// ("E-mail không tới được", from the message log), so a bounced address is seen by a person and corrected.
/// </summary>
public sealed class ReminderDigest(ReminderPlanner planner, StaffService staff, MailOutbox outbox, MailReach reach, IUnitRegister units)
{
    public async Task<bool> SendAsync(ReminderDay today, ReminderRun run, string trigger, CancellationToken cancellationToken)
    {
        var organizers = (await staff.ListAsync(cancellationToken))
            .Where(s => s.Roles.Contains(StaffRoles.Organizer))
            .Select(s => new MailAddress(s.Email, s.Name))
            .ToList();
        var register = await units.ListAsync(cancellationToken);
        var reached = await reach.OfUnitsAsync(register, cancellationToken);
        var unreachable = register.Where(u => reached.TryGetValue(u.Id, out var r) && !r.Reached).ToList();
        // A day without a digest claims nothing, so the outbox never records a skipped digest.
        if (planner.Digest(organizers, today.Lagging, unreachable, run, today.Now) is not { } message) return false;
        var day = ReminderPlan.LocalDay(today.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await outbox.SendOnceAsync(MailLogPartitions.Digest, day, trigger, () => message, cancellationToken) == ReminderState.Sent;
    }
}
