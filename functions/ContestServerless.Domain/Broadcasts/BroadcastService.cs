using System.Security.Cryptography;
using System.Text;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Domain.Broadcasts;

/// <summary>The settings a broadcast reads: its contest, the public site's address and the broadcasts' own limits.</summary>
public sealed record BroadcastSettings(ContestRecord Contest, ReminderOptions Reminders, BroadcastOptions Options);

/// <summary>
/// Organizers write to a chosen audience: first without confirming (how many it reaches, one message as it will
/// read), then confirmed, which fixes the recipients, records the broadcast and queues its sending. The broadcast's
/// id is the day and a digest of the audience and text, and recording it is a conditional insert: of two organizers
/// starting the same broadcast at once, one records and queues it and the other is answered its id.
/// </summary>
public sealed class BroadcastService(BroadcastRecipientList recipients, IBroadcastStore store, IBroadcastQueue queue, IAuditLog audit, TimeProvider clock,
    BroadcastSettings settings)
{
    public async Task<Result<BroadcastOutcome>> StartAsync(BroadcastRequest request, SignedInUser user, CancellationToken cancellationToken)
    {
        var errors = MailTemplate.Check(request.Subject, request.Body, BroadcastFields.All);
        if (!BroadcastAudiences.TryParse(request.Audience, out var audience))
            errors["audience"] = ["Vui lòng chọn người nhận."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var resolved = await recipients.ResolveAsync(audience, request.Group, request.RoundId, settings.Contest, settings.Reminders.SiteUrl, cancellationToken);
        if (resolved.Problem is { } problem) return problem;
        var list = resolved.Value!;
        if (list.Count == 0)
            return Problem.InvalidField("audience", $"Không có người nhận nào: “{audience.Label()}” hiện không có ai có địa chỉ E-mail.");
        if (list.Count > settings.Options.MaxRecipients)
            return Problem.InvalidField("audience", $"Một lần gửi tối đa {settings.Options.MaxRecipients} người nhận; vui lòng chọn nhóm nhỏ hơn.");

        var template = MailTemplate.Cleaned(request.Subject, request.Body);
        var detail = Detail(audience, request, settings.Contest.Settings);
        if (request.Confirm != true) return new BroadcastOutcome(null, false, list.Count, list[0].Compose(template), audience, detail);

        var now = clock.GetUtcNow();
        var broadcast = new Broadcast(IdOf(audience, request, template, now), audience, detail, template, list.Count, user.Name, now);
        if (!await store.TryAddAsync(broadcast, list, cancellationToken))
            return new BroadcastOutcome(broadcast.Id, true, list.Count, null, audience, detail);
        await audit.RecordAsync(user, AuditAction.BroadcastStarted, broadcast.Id, $"{audience.Label()}{(detail.Length > 0 ? $" ({detail})" : "")}: {list.Count} người nhận – {template.Subject}", cancellationToken);
        await queue.EnqueueAsync(broadcast.Id, 0, cancellationToken);
        return new BroadcastOutcome(broadcast.Id, false, list.Count, null, audience, detail);
    }

    public async Task<Result<BroadcastProgress>> ProgressAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } broadcast)
            return Problem.NotFound("Không tìm thấy thư gửi hàng loạt", "Không có lần gửi thư với mã này trong cuộc thi.");
        var (sent, failed, skipped, _) = await store.CountClaimsAsync(broadcast, cancellationToken);
        return new BroadcastProgress(broadcast, sent, failed, skipped);
    }

    private static string Detail(BroadcastAudience audience, BroadcastRequest request, ContestOptions contest) => audience switch
    {
        BroadcastAudience.UnitGroup => contest.UnitGroups.FirstOrDefault(g => g.Id == request.Group)?.Name ?? request.Group ?? "",
        BroadcastAudience.Judges => request.RoundId ?? "",
        _ => "",
    };

    /// <summary>The day (Vietnam time) and a digest of whom and what: the same broadcast started twice the same day is one.</summary>
    private static string IdOf(BroadcastAudience audience, BroadcastRequest request, MailTemplate template, DateTimeOffset now)
    {
        var what = string.Join('\u001f', audience.Name(), request.Group ?? "", request.RoundId ?? "", template.Subject, template.Body);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)))[..16];
        return $"{VietnamTime.Day(now):yyyyMMdd}-{digest}";
    }
}

/// <summary>A broadcast's text and audience as an organizer sent them, unchecked; <see cref="Confirm"/> true sends.</summary>
public sealed record BroadcastRequest(string? Audience, string? Group, string? RoundId, string? Subject, string? Body, bool? Confirm);

/// <summary>
/// What starting a broadcast did: unconfirmed, how many it reaches and the first message (<see cref="Preview"/>);
/// confirmed, the broadcast's id, <see cref="AlreadyStarted"/> when the same broadcast was started before (today).
/// </summary>
public sealed record BroadcastOutcome(string? Id, bool AlreadyStarted, int Recipients, Mail.MailMessage? Preview, BroadcastAudience Audience, string AudienceDetail);
