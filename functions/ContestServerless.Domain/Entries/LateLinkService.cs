using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>Organizers issue late-entry links; each one issued is written to the audit trail.</summary>
public sealed class LateLinkService(
    ContestOptions contest,
    UnitLinkOptions linkOptions,
    LateLinks links,
    IUnitRegister units,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int MaxNameLength = 100;

    public async Task<Result<LateLink>> IssueAsync(SignedInUser user, LateLinkRequest request, CancellationToken cancellationToken)
    {
        var unitId = Text.Clean(request.UnitId);
        var errors = new Dictionary<string, string[]>();
        var personName = new FreeText("họ và tên", MaxNameLength).Read("personName", request.PersonName, errors);
        if (unitId.Length > 0 == personName.Length > 0)
            errors["unitId"] = ["Chọn một đơn vị hoặc nhập họ và tên một người (chỉ một trong hai)."];
        else if (unitId.Length > 0 && await units.FindAsync(unitId, cancellationToken) is not { Active: true })
            errors["unitId"] = ["Không có đơn vị này trong danh sách đơn vị tham gia."];

        var latest = contest.SubmissionClosesAt + linkOptions.ValidAfterClosing;
        var expiresText = Text.Clean(request.ExpiresAt);
        var expiresAt = default(DateTimeOffset);
        if (expiresText.Length == 0)
            errors["expiresAt"] = ["Vui lòng chọn thời hạn của đường dẫn."];
        else if (!VietnamTime.TryParse(expiresText, out expiresAt))
            errors["expiresAt"] = [VietnamTime.InvalidInstant("Thời hạn của đường dẫn")];
        else if (expiresAt <= clock.GetUtcNow() || expiresAt <= contest.SubmissionClosesAt)
            errors["expiresAt"] = [$"Thời hạn phải sau hạn nhận bài ({VietnamTime.DateTime(contest.SubmissionClosesAt)}) và sau thời điểm hiện tại."];
        else if (expiresAt > latest)
            errors["expiresAt"] = [$"Thời hạn không được muộn hơn {VietnamTime.DateTime(latest)}."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var pass = new LatePass(unitId.Length > 0 ? unitId : null, personName.Length > 0 ? personName : null, expiresAt);
        var target = pass.UnitId ?? $"người: {pass.PersonName}";
        await audit.RecordAsync(user, AuditAction.LateLinkIssued, target, $"đến {VietnamTime.DateTime(pass.ExpiresAt)}", cancellationToken);
        var token = links.Issue(pass);
        return new LateLink(pass, token, links.FormOf(token));
    }
}

/// <summary>
/// What an organizer asks for: a late-entry link for a unit or for a named person, until when. <paramref name="ExpiresAt"/>
/// is text read by <see cref="Common.VietnamTime.TryParse"/> (the page sends it with Z), so a time without an offset means
/// Vietnam time rather than the server's, and a year or offset no instant has is a field error.
/// </summary>
public sealed record LateLinkRequest(string? UnitId, string? PersonName, string? ExpiresAt);
