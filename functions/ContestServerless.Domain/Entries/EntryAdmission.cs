using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// What the contest lets in, and when: the submission window and late-entry links, the form's rules, the public
/// form's limits, the file's checks. It answers for the moment it is given, so the flow that asks keeps the clock.
/// </summary>
public sealed class EntryAdmission(
    ContestOptions contest,
    LateLinks lateLinks,
    IUnitRegister units,
    EligibilityService eligibility,
    AbuseGuard guard,
    Privacy.PrivacyOptions? privacy = null)
{
    private readonly EntryValidator _validator = new(contest, privacy);

    /// <summary>
    /// Checks a form at <paramref name="now"/>: open (or let in by a late-entry link after closing), valid, within the
    /// link's unit or person, and, for a public caller, within the limits.
    /// </summary>
    public async Task<Result<AdmittedEntry>> AdmitAsync(
        EntryRequest request, Unit? handedInBy, PublicCaller? caller, string? lateToken, DateTimeOffset now, CancellationToken cancellationToken)
    {
        LatePass? late = null;
        if (ClosedProblem(now) is { } closed)
        {
            // A late-entry link opens the form after closing only; before opening nothing does.
            if (contest.SubmissionWindowAt(now) != SubmissionWindow.Closed || string.IsNullOrWhiteSpace(lateToken)) return closed;
            var pass = lateLinks.Read(lateToken, now);
            if (pass.Problem is { } invalidLink) return invalidLink;
            late = pass.Value!;
        }

        var unitId = Text.Clean(request.UnitId);
        // The unit and the staff list (for the eligibility flag) are read at once: two requests, one wait.
        var people = eligibility.PeopleAsync(cancellationToken);
        var unit = unitId.Length > 0 ? units.FindAsync(unitId, cancellationToken) : Task.FromResult<Unit?>(null);
        await Task.WhenAll(people, unit);
        var unitExists = await unit is { Active: true };
        var validation = _validator.Validate(request, unitExists, now, handedInBy?.Name);
        if (validation.Problem is { } invalid) return invalid;
        var valid = validation.Value!;
        if (late is not null && LateProblem(late, valid) is { } outside) return outside;
        // Checked after the form is valid, so fixing a typo costs no proof of work and counts against no limit.
        if (caller is not null && await guard.CheckCreateAsync(caller, valid.Author.Email, cancellationToken) is { } refused) return refused;

        return new AdmittedEntry(valid, handedInBy?.Id, late, await people, now + contest.EntryRules.UploadWindow);
    }

    /// <summary>The closing problem once an entry's upload time is over; null while it may still be submitted.</summary>
    public Problem? UploadClosed(Entry entry, DateTimeOffset now) =>
        now >= entry.UploadClosesAt(contest.SubmissionClosesAt, contest.EntryRules.UploadWindow) ? ClosedProblem(now) : null;

    /// <summary>Whether the uploaded bytes are the file the form declared, of an accepted kind and within the limits.</summary>
    public async Task<FileInspection> InspectAsync(Entry entry, UploadedFile upload, CancellationToken cancellationToken)
    {
        var size = upload.Size;
        if (size > contest.EntryRules.MaxFileBytes)
            return FileInspection.Rejected(
                $"Tệp lớn hơn dung lượng cho phép ({contest.EntryRules.MaxFileBytes / (1024 * 1024)} MB).");
        if (size != entry.File.Size)
            return FileInspection.Rejected(
                $"Dung lượng tệp đã tải lên ({size} byte) khác với dung lượng đã khai báo ({entry.File.Size} byte).");

        return await FileInspector.InspectAsync(upload.Content, entry.File.Extension, contest.EntryRules.Docx, cancellationToken);
    }

    private Problem? ClosedProblem(DateTimeOffset now) => contest.SubmissionWindowAt(now) switch
    {
        SubmissionWindow.NotYetOpen => new Problem(ProblemKind.Closed, "Cuộc thi chưa mở nhận bài",
            $"Cuộc thi bắt đầu nhận bài dự thi từ {VietnamTime.DateTime(contest.SubmissionOpensAt)}."),
        SubmissionWindow.Closed => new Problem(ProblemKind.Closed, "Cuộc thi đã hết hạn nhận bài",
            $"Hạn cuối nhận bài dự thi là {VietnamTime.DateTime(contest.SubmissionClosesAt)}."),
        _ => null,
    };

    /// <summary>A unit's link lets in that unit's entries only; a person's, entries whose author bears that name.</summary>
    private static Problem? LateProblem(LatePass late, ValidEntry valid) =>
        late.UnitId is { } unitId && unitId != valid.UnitId
            ? Problem.InvalidField("unitId", "Đường dẫn nộp muộn này chỉ dùng để gửi bài cho đơn vị Ban Tổ chức đã cấp đường dẫn.")
            : late.PersonName is { } name && !LateLinks.SameName(name, valid.Author.FullName)
                ? Problem.InvalidField("author.fullName", $"Đường dẫn nộp muộn này chỉ dùng cho tác giả {name}; họ và tên tác giả phải đúng như vậy.")
                : null;
}

/// <summary>
/// A form the contest let in: its checked content, who handed it in, the late-entry link that let it in after closing,
/// the staff list it is flagged against, and until when its file may be uploaded.
/// </summary>
public sealed record AdmittedEntry(ValidEntry Valid, string? HandedInBy, LatePass? Late, IReadOnlyList<StaffMember> People, DateTimeOffset UploadExpiresAt)
{
    /// <summary>The pending entry under a new id, flagged (never refused) when an author may not enter: organizers decide.</summary>
    public Entry NewEntry(string id, DateTimeOffset now)
    {
        var entry = new Entry
        {
            Id = id,
            UnitId = Valid.UnitId,
            Title = Valid.Title,
            MovementId = Valid.MovementId,
            Author = Valid.Author,
            CoAuthors = Valid.CoAuthors,
            Subject = Valid.Subject,
            File = Valid.File,
            BlobName = $"{Valid.UnitId}/{id}{Valid.File.Extension}",
            ReceiptCode = Codes.NewReceiptCode(),
            SubmitKey = Codes.NewSubmitKey(Valid.UnitId),
            CreatedAt = now,
            HandedInBy = HandedInBy,
            LateUntil = Late?.ExpiresAt,
            Consent = Valid.Consent,
            Guardian = Valid.Guardian,
        };
        foreach (var consent in Valid.Publication) entry.AnswerPublication(consent);
        EligibilityService.Flag(entry, People);
        return entry;
    }
}
