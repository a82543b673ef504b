using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Templates;

/// <summary>
/// Renders a template being edited with a real unit's or entry's data, through the same field values the senders
/// use, so what the organizer reads is what the unit or the author would get. Fields the data cannot fill (a unit's
/// private link, a tier not yet decided) show their sample values. Showing an entry's author is audited.
/// </summary>
public sealed class TemplatePreviewService(IUnitRegister units, IEntryStore entries, ContestRecord contest, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<TemplatePreview>> PreviewAsync(string kindName, TemplatePreviewRequest request, SignedInUser user, CancellationToken cancellationToken)
    {
        if (!TemplateKinds.TryParse(kindName, out var kind)) return MailTemplateService.NotFound();
        var offered = Placeholders.For(kind);
        var errors = MailTemplate.Check(request.Subject, request.Body, offered);
        if (errors.Count > 0) return Problem.Invalid(errors);

        var values = offered.ToDictionary(p => p.Name, p => p.Example);
        foreach (var (name, value) in TemplateValues.Common(contest.Settings)) values[name] = value;
        var data = await RealValuesAsync(kind, request, user, cancellationToken);
        if (data.Problem is { } problem) return problem;
        var (about, real) = data.Value;
        foreach (var (name, value) in real.Where(v => values.ContainsKey(v.Key) && !IsHidden(kind, v.Key))) values[name] = value;

        var rendered = MailTemplate.Cleaned(request.Subject, request.Body).Render(values, offered);
        return new TemplatePreview(rendered, about);
    }

    /// <summary>A unit's private link is never put in a preview: it opens the unit's portal without a password.</summary>
    private static bool IsHidden(TemplateKind kind, string name) => kind == TemplateKind.Reminder && name == Placeholders.Link;

    private async Task<Result<(string About, IReadOnlyDictionary<string, string> Values)>> RealValuesAsync(TemplateKind kind, TemplatePreviewRequest request,
        SignedInUser user, CancellationToken cancellationToken)
    {
        var settings = contest.Settings;
        var now = clock.GetUtcNow();
        if (kind.AboutEntry() && !string.IsNullOrWhiteSpace(request.EntryId))
        {
            if ((await entries.FindTypedAsync(request.EntryId, cancellationToken))?.Entry is not { } entry)
                return Problem.InvalidField("entryId", "Không có bài dự thi với mã này.");
            await audit.RecordAsync(user, AuditAction.TemplatePreviewed, entry.Id, kind.RouteName(), cancellationToken);
            var unitName = (await units.FindAsync(entry.UnitId, cancellationToken))?.Name ?? entry.UnitId;
            var values = kind == TemplateKind.Receipt
                ? ReceiptEmail.Values(entry, settings, unitName, settings.FindMovement(entry.MovementId)?.Name ?? entry.MovementId)
                : ResultsEmail.EntrantValues(entry, settings.PrizeTiers?.FirstOrDefault()?.Name, settings, new Uri("https://example.invalid/"));
            return ($"Bài dự thi {entry.Id} ({entry.Title})", values);
        }
        if (kind.AboutUnit())
        {
            var register = await units.ListAsync(cancellationToken);
            var unit = string.IsNullOrWhiteSpace(request.UnitId) ? register.FirstOrDefault(u => u.Active) : register.FirstOrDefault(u => u.Id == request.UnitId);
            if (unit is null)
                return string.IsNullOrWhiteSpace(request.UnitId) ? ("Dữ liệu mẫu", new Dictionary<string, string>()) : Problem.InvalidField("unitId", "Không có đơn vị này.");
            var focalPoint = unit.FocalPoints.FirstOrDefault(f => f.Email.Length > 0)?.Name ?? "";
            var tally = await entries.GetTallyAsync(unit.Id, cancellationToken);
            IReadOnlyDictionary<string, string> values = kind switch
            {
                TemplateKind.Reminder => ReminderEmail.Values(
                    new DueReminder(new Lag(unit, tally.ReceivedEntries, tally.ReportVersions == 0), new ReminderStep(Deadline.Entries, 7), settings.SubmissionClosesAt),
                    focalPoint, settings, new Uri("https://example.invalid/"), Earlier(settings.SubmissionClosesAt.AddDays(-7), now)),
                TemplateKind.Extension => ExtensionLetters.Values(unit, focalPoint, settings, contest.Extension ?? new ContestExtension(
                    settings.SubmissionClosesAt, settings.SubmissionClosesAt.AddDays(10), "", "Ban Tổ chức gia hạn nhận bài thêm 10 ngày.", user.Name, now)),
                _ => new Dictionary<string, string>
                {
                    [Placeholders.UnitName] = unit.Name,
                    [Placeholders.Count] = tally.ReceivedEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            };
            return ($"Đơn vị {unit.Name}", values);
        }
        return ("Dữ liệu mẫu", new Dictionary<string, string>());
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

/// <summary>A template being edited, and whose data to show it with (a unit for units' letters, an entry for authors').</summary>
public sealed record TemplatePreviewRequest(string? Subject, string? Body, string? UnitId, string? EntryId);

/// <summary>The template filled in, and whose data filled it.</summary>
public sealed record TemplatePreview(RenderedMail Mail, string About);
