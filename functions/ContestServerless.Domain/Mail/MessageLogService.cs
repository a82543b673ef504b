using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Mail;

/// <summary>
/// The organizers' message log: what was sent, to whom and what became of it; and a resend, to the same address or a
/// corrected one. SendGrid will not deliver to an address it suppressed (after a bounce, a drop or a spam report), so a
/// resend of such a message needs a corrected address; when the message concerns a unit whose focal point had the old
/// address, the correction is saved on the focal point too, so the next reminder reaches them.
/// </summary>
public sealed class MessageLogService(IMessageLog log, MailOutbox outbox, IUnitRegister units, IAuditLog audit, MailReach reach)
{
    /// <summary>The most messages one answer lists (newest first); <see cref="MessageList.Total"/> counts them all.</summary>
    public const int MaxListed = 500;

    public async Task<MessageList> ListAsync(MessageFilter filter, CancellationToken cancellationToken)
    {
        var messages = await log.ListAsync(filter, cancellationToken);
        return new MessageList([.. messages.Take(MaxListed)], messages.Count);
    }

    /// <summary>Every unit mail does not reach, or that was reminded: its unreachable addresses and its last reminder.</summary>
    public async Task<IReadOnlyList<(string UnitId, UnitReach Reach)>> UnitsAsync(CancellationToken cancellationToken)
    {
        var reached = await reach.OfUnitsAsync(await units.ListAsync(cancellationToken), cancellationToken);
        return [.. reached.Where(r => !r.Value.Reached || r.Value.LastReminder is not null).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value))];
    }

    public async Task<Result<Resent>> ResendAsync(SignedInUser user, string id, string? to, CancellationToken cancellationToken)
    {
        if (!MessageIds.IsValid(id) || await log.FindAsync(id, cancellationToken) is not { } original)
            return Problem.NotFound("Không tìm thấy thư", "Không có thư này trong nhật ký thư của cuộc thi.");
        var corrected = to?.Trim() is { Length: > 0 } given ? given : null;
        if (corrected is not null && !EntryValidator.IsEmail(corrected))
            return Problem.InvalidField("to", "Địa chỉ E-mail không hợp lệ. Vui lòng nhập theo dạng ten@coquan.gov.vn.");
        var address = corrected ?? original.To;
        if (original.Suppressed && address.Equals(original.To, StringComparison.OrdinalIgnoreCase))
            return new Problem(ProblemKind.Conflict, "Địa chỉ này không nhận được thư",
                $"Thư tới {original.To} đã {MessageStatuses.Label(original.Status).ToLowerInvariant()}; SendGrid sẽ không gửi tới địa chỉ này nữa. "
                + "Vui lòng nhập địa chỉ E-mail đã sửa để gửi lại.",
                new Dictionary<string, string[]> { ["to"] = ["Vui lòng nhập địa chỉ E-mail đã sửa."] });
        if (original.PlainText.Length == 0)
            return new Problem(ProblemKind.Conflict, "Không gửi lại được thư này", "Nội dung thư quá dài nên không được lưu trong nhật ký.");

        var message = new MailMessage(address, original.ToName, original.Subject, original.PlainText, original.Html)
        {
            Kind = original.Kind,
            UnitId = original.UnitId,
            EntryId = original.EntryId,
        };
        var sent = await outbox.DeliverLoggedAsync(message, original.Id, cancellationToken);
        var focalPointCorrected = corrected is not null && await CorrectFocalPointAsync(original, corrected, cancellationToken);
        await audit.RecordAsync(user, AuditAction.MessageResent, original.Id,
            corrected is null ? $"Gửi lại tới {address}" : $"Gửi lại tới {address} (thay cho {original.To}){(focalPointCorrected ? "; đã sửa E-mail của cán bộ đầu mối" : "")}",
            cancellationToken);
        return new Resent(sent.MessageId, address, sent.Delivery.Accepted ? MessageStatus.Sent : MessageStatus.Failed, focalPointCorrected);
    }

    /// <summary>Puts the corrected address on the unit's focal point who had the old one; false when no focal point had it.</summary>
    private async Task<bool> CorrectFocalPointAsync(MessageRecord original, string corrected, CancellationToken cancellationToken)
    {
        if (original.UnitId is not { } unitId || await units.FindAsync(unitId, cancellationToken) is not { } unit) return false;
        if (!unit.FocalPoints.Any(f => f.Email.Equals(original.To, StringComparison.OrdinalIgnoreCase))) return false;
        var fixedUnit = unit with
        {
            FocalPoints = [.. unit.FocalPoints.Select(f => f.Email.Equals(original.To, StringComparison.OrdinalIgnoreCase) ? f with { Email = corrected } : f)],
        };
        await units.SaveAsync([fixedUnit], cancellationToken);
        return true;
    }
}

/// <summary>The messages an answer lists, and how many passed the filter in all.</summary>
public sealed record MessageList(IReadOnlyList<MessageRecord> Messages, int Total);

/// <summary>A resend: its own row in the log (null when the log could not be written), where it went, and whether a focal point's address was corrected.</summary>
public sealed record Resent(string? Id, string To, MessageStatus Status, bool FocalPointCorrected);
