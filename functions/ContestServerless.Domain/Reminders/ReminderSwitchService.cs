using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Reminders;

/// <summary>The organizers' hold on reminders: pausing and resuming them, and reading what was sent to a unit.</summary>
public sealed class ReminderSwitchService(IReminderStore store, IUnitRegister units, IAuditLog audit, TimeProvider clock)
{
    public async Task<ReminderSwitch> SetPausedAsync(SignedInUser user, bool paused, CancellationToken cancellationToken)
    {
        var value = new ReminderSwitch(paused, user.Name, clock.GetUtcNow());
        await store.SaveSwitchAsync(value, cancellationToken);
        await audit.RecordAsync(user, paused ? AuditAction.RemindersPaused : AuditAction.RemindersResumed, "reminders", "", cancellationToken);
        return value;
    }

    public Task<IReadOnlyList<ReminderRecord>> HistoryAsync(string unitId, CancellationToken cancellationToken) =>
        store.HistoryAsync(unitId, cancellationToken);

    /// <summary>A unit of the register with its reminders, newest first.</summary>
    public async Task<Result<UnitReminders>> UnitHistoryAsync(string unitId, CancellationToken cancellationToken)
    {
        if (await units.FindAsync(unitId, cancellationToken) is not { } unit) return Problem.UnitNotFound();
        return new UnitReminders(unit, await store.HistoryAsync(unit.Id, cancellationToken));
    }
}

/// <summary>The organizers' switch: while paused, runs send nothing (the preview still shows what is due).</summary>
public sealed record ReminderSwitch(bool Paused, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static readonly ReminderSwitch On = new(false, null, null);
}

public sealed record UnitReminders(Unit Unit, IReadOnlyList<ReminderRecord> Records);
