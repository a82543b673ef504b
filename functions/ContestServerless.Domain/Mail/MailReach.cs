using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Mail;

/// <summary>
/// Whether the contest's mail reaches each unit, from its message log: a focal point's address is unreachable when the
/// last message to it bounced, was dropped or reported as spam (SendGrid then suppresses it, so every later message
/// would vanish too); a unit with such an address is flagged ("E-mail không tới được") until its address is corrected.
/// "Reminded" means the unit's last reminder was delivered, not merely sent.
/// </summary>
public sealed class MailReach(IMessageLog log)
{
    public async Task<IReadOnlyDictionary<string, UnitReach>> OfUnitsAsync(IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        var messages = await log.ListAsync(new MessageFilter(), cancellationToken);
        // Newest first, as the log lists them: the first message to an address is its last word.
        var lastTo = new Dictionary<string, MessageRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in messages) lastTo.TryAdd(message.To, message);
        var lastReminder = messages.Where(m => m.Kind == MessageKind.Reminder && m.UnitId is not null)
            .GroupBy(m => m.UnitId!).ToDictionary(g => g.Key, g => g.First());
        return units.ToDictionary(u => u.Id, u => new UnitReach(
            [.. u.FocalPoints.Where(f => lastTo.TryGetValue(f.Email, out var last) && last.Suppressed).Select(f => f.Email)],
            lastReminder.GetValueOrDefault(u.Id)));
    }
}

/// <summary>A unit's focal-point addresses that mail does not reach, and its last reminder (null when never reminded).</summary>
public sealed record UnitReach(IReadOnlyList<string> Unreachable, MessageRecord? LastReminder)
{
    public bool Reached => Unreachable.Count == 0;

    /// <summary>Reminded in the sense the dashboard means: the last reminder arrived.</summary>
    public bool Reminded => LastReminder?.Status == MessageStatus.Delivered;
}
