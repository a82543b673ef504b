using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant's own page (Law 91/2025/QH15), opened through <see cref="EntrantAccess"/>: the entrant sees everything
/// stored, downloads it, withdraws until submission closes, and after closing files erasure or correction requests.
/// Every change is audited. Corrections and file replacement are <see cref="EntryCorrectionService"/>'s.
/// </summary>
public sealed class EntrantDataService(EntrantAccess access, IPrivacyStore store, EntryErasure erasure, IAuditLog audit)
{
    /// <summary>The request form's fields: what is asked, and the entrant's words.</summary>
    private static readonly Choice<PrivacyRequestKind> Kinds = new("Vui lòng chọn loại yêu cầu: xóa hoặc chỉnh sửa dữ liệu.",
        ("erasure", PrivacyRequestKind.Erasure), ("correction", PrivacyRequestKind.Correction));

    private static readonly FreeText Details = new("nội dung yêu cầu", 2000, LineBreaks: true, Missing: "Vui lòng cho biết nội dung yêu cầu.");

    public async Task<Result<EntrantRecord>> OpenAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        var found = await access.AuthenticateAsync(id, code, caller, cancellationToken);
        if (found.Problem is { } problem) return problem;
        return await access.RecordOfAsync(found.Value!.Entry, cancellationToken);
    }

    /// <summary>The same record, for the entrant to download as JSON; audited, as any download of personal data is.</summary>
    public async Task<Result<EntrantRecord>> ExportAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken)
    {
        var record = await OpenAsync(id, code, caller, cancellationToken);
        if (record.Value is { } value)
            await audit.RecordAsync(PrivacyAudit.Entrant(value.Entry.Id), AuditAction.EntrantDataDownloaded, value.Entry.Id, value.Entry.Title, cancellationToken);
        return record;
    }

    /// <summary>
    /// Withdraws the entry: it leaves play, so its unit's tally in the same transaction and every judging round at
    /// once (off judges' lists, its judges' copy deleted); lists and downloads no longer see it; its file and earlier
    /// versions are deleted and the author's details cleared, leaving a tombstone row for the audit.
    /// </summary>
    public Task<Result<EntrantRecord>> WithdrawAsync(string id, string? code, PublicCaller caller, CancellationToken cancellationToken) =>
        access.ChangeAsync(id, code, caller, async stored =>
        {
            var entry = stored.Entry;
            var now = access.Now;
            entry.Withdraw(now);
            entry.Deidentify(now);
            if (!await store.SaveAsync(entry, stored.Version, cancellationToken)) return false;
            await erasure.FollowAsync(entry, cancellationToken);
            await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.EntryWithdrawn, entry.Id, entry.Title, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>After closing, the entrant asks the organizers to erase or correct their data; before, they do it themselves.</summary>
    public async Task<Result<PrivacyRequest>> FileRequestAsync(string id, string? code, PrivacyRequestForm form, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await access.AuthenticateAsync(id, code, caller, access.RequestProblem, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var entry = found.Value!.Entry;

        var errors = new Dictionary<string, string[]>();
        var kind = Kinds.Read("kind", form.Kind, errors);
        var details = Details.Read("details", form.Details, errors);
        if (errors.Count > 0) return Problem.Invalid(errors);

        var request = new PrivacyRequest(Codes.NewEntryId(), entry.Id, entry.UnitId, kind!.Value, details, access.Now);
        await store.AddRequestAsync(request, cancellationToken);
        await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.PrivacyRequestFiled, entry.Id, request.Kind.ToString(), cancellationToken);
        return request;
    }
}
