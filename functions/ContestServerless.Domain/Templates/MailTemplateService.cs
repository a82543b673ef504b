using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Templates;

/// <summary>
/// Organizers read, reword and reset the contest's e-mail templates. A save names the version it was read at
/// (If-Match), so of two organizers editing one template the second is refused and reads again; a template that
/// names a field its kind does not offer, or leaves a "{{" open, is refused when saved, never discovered when sent.
/// </summary>
public sealed class MailTemplateService(IMailTemplateStore store, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<TemplateState>> GetAsync(string kindName, CancellationToken cancellationToken)
    {
        if (!TemplateKinds.TryParse(kindName, out var kind)) return NotFound();
        return TemplateState.Of(kind, await store.FindAsync(kind, cancellationToken));
    }

    /// <summary>Every kind and whether the contest reworded it, for the page's list.</summary>
    public async Task<IReadOnlyList<TemplateState>> ListAsync(CancellationToken cancellationToken)
    {
        var states = new List<TemplateState>();
        foreach (var kind in TemplateKinds.All) states.Add(TemplateState.Of(kind, await store.FindAsync(kind, cancellationToken)));
        return states;
    }

    public async Task<Result<TemplateState>> SaveAsync(string kindName, TemplateRequest request, string? version, SignedInUser user, CancellationToken cancellationToken)
    {
        if (!TemplateKinds.TryParse(kindName, out var kind)) return NotFound();
        var errors = MailTemplate.Check(request.Subject, request.Body, Placeholders.For(kind));
        if (errors.Count > 0) return Problem.Invalid(errors);
        if (string.IsNullOrWhiteSpace(version))
            return new Problem(ProblemKind.PreconditionRequired, "Thiếu phiên bản đã đọc",
                "Vui lòng tải lại mẫu thư rồi lưu: yêu cầu thay đổi phải kèm phiên bản đã đọc (If-Match).");

        var template = MailTemplate.Cleaned(request.Subject, request.Body);
        var saved = new SavedTemplate(template, clock.GetUtcNow(), user.Name, "");
        if (await store.TrySaveAsync(kind, saved, version, cancellationToken) is not { } newVersion) return Stale();
        await audit.RecordAsync(user, AuditAction.TemplateSaved, kind.RouteName(), template.Subject, cancellationToken);
        return TemplateState.Of(kind, saved with { Version = newVersion });
    }

    /// <summary>Back to the default wording; resetting a kind that has none saved changes nothing and says so by its state.</summary>
    public async Task<Result<TemplateState>> ResetAsync(string kindName, SignedInUser user, CancellationToken cancellationToken)
    {
        if (!TemplateKinds.TryParse(kindName, out var kind)) return NotFound();
        if (await store.FindAsync(kind, cancellationToken) is null) return TemplateState.Of(kind, null);
        await store.DeleteAsync(kind, cancellationToken);
        await audit.RecordAsync(user, AuditAction.TemplateReset, kind.RouteName(), "Dùng lại mẫu mặc định", cancellationToken);
        return TemplateState.Of(kind, null);
    }

    public static Problem NotFound() => Problem.NotFound("Không có loại thư này",
        $"Các loại thư có mẫu: {string.Join(", ", TemplateKinds.All.Select(k => k.RouteName()))}.");

    private static Problem Stale() => new(ProblemKind.PreconditionFailed, "Mẫu thư vừa được thay đổi",
        "Người khác vừa lưu hoặc khôi phục mẫu thư này. Vui lòng tải lại để xem bản mới rồi sửa lại; thay đổi của bạn chưa được lưu.");
}

/// <summary>A subject and body as an organizer sent them, unchecked.</summary>
public sealed record TemplateRequest(string? Subject, string? Body);

/// <summary>A kind's template as the contest sends it now: its own (with who saved it) or the default.</summary>
public sealed record TemplateState(TemplateKind Kind, MailTemplate Template, SavedTemplate? Saved)
{
    public string Version => Saved?.Version ?? SavedTemplate.DefaultVersion;

    public static TemplateState Of(TemplateKind kind, SavedTemplate? saved) => new(kind, saved?.Template ?? DefaultTemplates.For(kind), saved);
}
