using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Entries;

/// <summary>A contest entry (bài dự thi): an essay about an exemplary person, filed under a unit and a movement.</summary>
public sealed class Entry
{
    public required string Id { get; init; }
    public required string UnitId { get; init; }
    public required string Title { get; init; }
    public required string MovementId { get; init; }
    /// <summary>The sole author, or the leader (trưởng nhóm) of a group of authors.</summary>
    public required Author Author { get => _author; init => _author = value; }

    private Author _author = null!;

    /// <summary>The other members of a group of authors; empty for an entry by one author (and for entries stored before groups).</summary>
    public IReadOnlyList<CoAuthor> CoAuthors { get => _coAuthors; init => _coAuthors = value; }

    private IReadOnlyList<CoAuthor> _coAuthors = [];

    /// <summary>Every author, the leader first.</summary>
    public IEnumerable<EntryMember> Members =>
        [new(Author.FullName, Author.BirthYear, Author.Email, IsLeader: true),
            .. CoAuthors.Select(c => new EntryMember(c.FullName, c.BirthYear, c.Email, IsLeader: false))];

    public bool IsGroup => CoAuthors.Count > 0;
    public required Subject Subject { get => _subject; init => _subject = value; }

    private Subject _subject = null!;

    public required EntryFile File { get => _file; init => _file = value; }

    private EntryFile _file = null!;

    /// <summary>Where the file lives in the entries container; chosen by the server, never by the entrant.</summary>
    public required string BlobName { get => _blobName; init => _blobName = value; }

    private string _blobName = null!;

    /// <summary>The consent the entrant gave to processing their data (Law 91/2025/QH15): which notice text, and when.</summary>
    public Privacy.Consent? Consent { get; init; }

    /// <summary>For an author younger than the guardian age in the contest year: the parent or guardian who consented.</summary>
    public Privacy.Guardian? Guardian { get => _guardian; init => _guardian = value; }

    private Privacy.Guardian? _guardian;

    /// <summary>
    /// Each author's consent to publishing the work if it wins (đồng ý công bố), apart from the data consent: at most one
    /// answer per author, the latest; an author with none has not answered.
    /// </summary>
    public IReadOnlyList<Publishing.MemberConsent> PublicationConsents { get; private set; } = [];

    /// <summary>The authors' answers taken together: published only when every author agreed.</summary>
    public Publishing.PublicationState Publication =>
        Publishing.PublicationConsents.StateOf(PublicationConsents, Members.Count());

    /// <summary>
    /// Whether the work may be shown to the public now: in play (not withdrawn, excluded or a copy), its authors' details
    /// not erased, and every author consented. Whether it won and the results are out is the results' to say.
    /// </summary>
    public bool MayBePublished => InPlay && DeidentifiedAt is null && Publication == Publishing.PublicationState.Agreed;

    /// <summary>The authors as they chose to be named, the leader first; anonymous authors named once at the end.</summary>
    public string PublishedAuthor
    {
        get
        {
            var names = Members.Select((m, i) => PublicationConsents.FirstOrDefault(c => c.Member == i) is { Agreed: true } consent
                ? Publishing.PublicationConsents.NameOf(consent, m.FullName) : Publishing.PublicationConsents.Anonymous).ToList();
            var named = names.Where(n => n != Publishing.PublicationConsents.Anonymous).ToList();
            return named.Count == names.Count ? string.Join(", ", named)
                : string.Join(", ", [.. named, Publishing.PublicationConsents.Anonymous]);
        }
    }

    /// <summary>An author answers (or changes an answer): it replaces that author's earlier one.</summary>
    public void AnswerPublication(Publishing.MemberConsent consent)
    {
        if (consent.Member < 0 || consent.Member >= Members.Count())
            throw new ArgumentOutOfRangeException(nameof(consent), $"Entry {Id} has no author {consent.Member}.");
        PublicationConsents = [.. PublicationConsents.Where(c => c.Member != consent.Member), consent];
        PublicationConsents = [.. PublicationConsents.OrderBy(c => c.Member)];
    }

    /// <summary>Rebuilds the authors' publication answers from storage.</summary>
    public Entry RestorePublication(IReadOnlyList<Publishing.MemberConsent> consents)
    {
        PublicationConsents = consents;
        return this;
    }

    /// <summary>How many times the entrant corrected details or replaced the file; each earlier state is kept as a version row.</summary>
    public int Revision { get; private set; }

    /// <summary>When the entrant withdrew the entry (status <see cref="EntryStatus.Withdrawn"/>); the row stays as a tombstone.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>When retention cleared the author's details and deleted the file; counts stay.</summary>
    public DateTimeOffset? DeidentifiedAt { get; private set; }

    /// <summary>Issued with the entry but shown only once the file is received (mã biên nhận).</summary>
    public required string ReceiptCode { get; init; }

    /// <summary>Handed only to whoever created the entry; submitting needs it, so the entry id alone reveals no receipt code.</summary>
    public required string SubmitKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public EntryStatus Status { get; private set; } = EntryStatus.Pending;
    public DateTimeOffset? ReceivedAt { get; private set; }
    /// <summary>
    /// The file's fingerprint for spotting duplicates: the MD5 Blob storage computed as the file arrived (lowercase
    /// hex), taken from storage's records so submit never reads the file whole. Null when storage had none.
    /// Entries received before it replaced a SHA-256 computed by the server have none.
    /// </summary>
    public string? ContentMd5 { get; private set; }
    public int? WordCount { get; private set; }

    /// <summary>Why the last uploaded file was refused, kept so support staff can answer the entrant.</summary>
    public string? RejectionReason { get; private set; }

    public bool IsReceived => Status == EntryStatus.Received;

    /// <summary>
    /// The one rule for what is in play: received, and not withdrawn (or erased at the entrant's request, which
    /// withdraws it), excluded as ineligible or marked a copy. Only an entry in play counts for its unit, is judged,
    /// can win a prize, is downloaded or exported in bulk and is compared for duplicates; every state change moves
    /// the unit's tally from <see cref="StoredShare"/> to <see cref="Share"/>.
    /// </summary>
    public bool InPlay => IsInPlay(Status, CopyOf, Eligibility);

    /// <summary>The rule behind <see cref="InPlay"/>, for the catalogue's rows too, so lists and judging cannot disagree.</summary>
    public static bool IsInPlay(EntryStatus status, string? copyOf, Eligibility eligibility) =>
        status == EntryStatus.Received && copyOf is null && eligibility.Decision != EligibilityDecision.Excluded;

    /// <summary>What the entry adds to its unit's tally now; null when it is out of play.</summary>
    public EntryShare? Share => InPlay
        ? new EntryShare(MovementId, ReceivedAt ?? throw new InvalidOperationException($"Entry {Id} has no receipt time."), HandedInBy is not null, Screening)
        : null;

    /// <summary>
    /// What its unit's tally holds for it: the share it had when it was read from storage or last saved. The store
    /// moves the tally from this to <see cref="Share"/> in the transaction that saves the entry, whatever changed.
    /// </summary>
    public EntryShare? StoredShare { get; private set; }

    /// <summary>The store calls this once the entry's row and its unit's tally agree (read, or saved).</summary>
    public Entry MarkStored()
    {
        StoredShare = Share;
        return this;
    }

    /// <summary>Whether receiving it owes its author a receipt e-mail: only when the author gave an address.</summary>
    public bool OwesReceiptEmail => Author.Email.Length > 0;

    /// <summary>The unit whose focal point handed the entry in (collected on paper or by e-mail); null when sent online by its author.</summary>
    public string? HandedInBy { get; init; }

    /// <summary>
    /// Until when a late-entry link let this entry in after closing (nộp muộn có phép); null for an entry made in time.
    /// Its upload may finish within the upload window after this, as an entry made just before closing may.
    /// </summary>
    public DateTimeOffset? LateUntil { get; init; }

    public bool Late => LateUntil is not null;

    /// <summary>
    /// Until when its file may still be submitted: an entry created just before closing (or before its late-entry link
    /// expired) may finish its upload within the upload window.
    /// </summary>
    public DateTimeOffset UploadClosesAt(DateTimeOffset submissionClosesAt, TimeSpan uploadWindow) =>
        (LateUntil is { } lateUntil && lateUntil > submissionClosesAt ? lateUntil : submissionClosesAt) + uploadWindow;

    /// <summary>The unit's screening before the deadline (sơ loại): forwarded to the contest or held back.</summary>
    public Screening Screening { get; private set; } = Screening.None;

    public string? ScreeningReason { get; private set; }

    public DateTimeOffset? ScreenedAt { get; private set; }

    /// <summary>
    /// The entry organizers marked this one a copy of (bản trùng): it leaves its unit's counts and is not judged.
    /// Null for an entry that is not a copy.
    /// </summary>
    public string? CopyOf { get; private set; }

    public string? CopyReason { get; private set; }

    public string? CopyMarkedBy { get; private set; }

    public DateTimeOffset? CopyMarkedAt { get; private set; }

    public bool IsCopy => CopyOf is not null;

    /// <summary>
    /// Entries organizers declared not copies of this one (không phải bài trùng): the same title and author by chance,
    /// say two essays of one author about one person. Such a pair is no longer a possible duplicate; the same file
    /// always is. Who declared it and why is on the audit trail.
    /// </summary>
    public IReadOnlyList<string> DistinctFrom { get; private set; } = [];

    /// <summary>Organizers declare this entry and <paramref name="otherId"/> two works.</summary>
    /// <returns>Whether anything changed.</returns>
    public bool DeclareDistinct(string otherId)
    {
        if (otherId == Id) throw new ArgumentException("An entry cannot be distinct from itself.", nameof(otherId));
        if (DistinctFrom.Contains(otherId, StringComparer.Ordinal)) return false;
        DistinctFrom = [.. DistinctFrom, otherId];
        return true;
    }

    /// <summary>Rebuilds the declarations from storage.</summary>
    public Entry RestoreDistinct(IReadOnlyList<string> distinctFrom)
    {
        DistinctFrom = distinctFrom;
        return this;
    }

    /// <summary>Who may not enter: concerns found about the authors, and the organizers' decision.</summary>
    public Eligibility Eligibility { get; private set; } = Eligibility.Clear;

    /// <summary>
    /// Records what a check found. The same concerns keep the decision already taken; different ones (a judge
    /// added since, say) need a new decision.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool Flag(IReadOnlyList<string> concerns)
    {
        if (Eligibility.SameConcernsAs(concerns)) return false;
        Eligibility = concerns.Count == 0 ? Eligibility.Clear : new Eligibility([.. concerns]);
        return true;
    }

    /// <summary>Organizers keep or exclude a flagged entry, saying why. Returns the problem that stops it; null once decided.</summary>
    public Problem? DecideEligibility(EligibilityDecision decision, string reason, string decidedBy, DateTimeOffset at)
    {
        if (!Eligibility.IsFlagged)
            return Problem.InvalidField("decision", "Bài dự thi này không bị đánh dấu về điều kiện dự thi nên không cần quyết định.");
        if (decision == EligibilityDecision.Undecided) throw new ArgumentOutOfRangeException(nameof(decision));
        Eligibility = Eligibility with { Decision = decision, Reason = reason, DecidedBy = decidedBy, DecidedAt = at };
        return null;
    }

    /// <summary>
    /// A unit forwards a received entry, or holds it back saying why; it may change its mind until the deadline.
    /// Returns the problem that stops it; null once screened.
    /// </summary>
    public Problem? Screen(Screening decision, string? reason, DateTimeOffset at)
    {
        if (!IsReceived) return Problem.InvalidField("entry", "Chỉ sơ loại được bài đã nhận đủ tệp.");
        Screening = decision;
        ScreeningReason = decision == Screening.HeldBack ? reason : null;
        ScreenedAt = decision == Screening.None ? null : at;
        return null;
    }

    /// <summary>Organizers mark a received entry as a copy of another, saying why.</summary>
    public void MarkAsCopy(string copyOf, string reason, string markedBy, DateTimeOffset at)
    {
        if (!IsReceived) throw new InvalidOperationException($"Entry {Id} is not received.");
        if (copyOf == Id) throw new ArgumentException("An entry cannot be a copy of itself.", nameof(copyOf));
        (CopyOf, CopyReason, CopyMarkedBy, CopyMarkedAt) = (copyOf, reason, markedBy, at);
    }

    /// <summary>Organizers take the mark back: the entry counts and is judged again. Returns the problem that stops it; null once cleared.</summary>
    public Problem? ClearCopy()
    {
        if (!IsCopy) return Problem.InvalidField("copyOf", "Bài dự thi này không bị đánh dấu là bản trùng.");
        (CopyOf, CopyReason, CopyMarkedBy, CopyMarkedAt) = (null, null, null, null);
        return null;
    }

    /// <summary>Rebuilds the copy mark from storage.</summary>
    public Entry RestoreCopy(string? copyOf, string? reason, string? markedBy, DateTimeOffset? at)
    {
        (CopyOf, CopyReason, CopyMarkedBy, CopyMarkedAt) = (copyOf, reason, markedBy, at);
        return this;
    }

    public void Receive(DateTimeOffset at, FileInspection inspection, string? contentMd5)
    {
        if (IsReceived) throw new InvalidOperationException($"Entry {Id} was already received.");
        Status = EntryStatus.Received;
        ReceivedAt = at;
        ContentMd5 = contentMd5;
        WordCount = inspection.WordCount;
        RejectionReason = null;
    }

    public void RejectFile(string reason)
    {
        if (IsReceived) throw new InvalidOperationException($"Entry {Id} was already received.");
        RejectionReason = reason;
    }

    /// <summary>The entrant corrects the author's and the subject's details (not the unit, movement or title, which counts follow).</summary>
    public void Correct(Author author, Subject subject, IReadOnlyList<CoAuthor> coAuthors, Privacy.Guardian? guardian)
    {
        if (Status == EntryStatus.Withdrawn) throw new InvalidOperationException($"Entry {Id} was withdrawn.");
        _author = author;
        _subject = subject;
        _coAuthors = coAuthors;
        _guardian = guardian;
        // Answers are per author by position: an author removed from the group takes theirs along.
        PublicationConsents = [.. PublicationConsents.Where(c => c.Member <= coAuthors.Count)];
        Revision++;
    }

    /// <summary>The entrant's new file, checked where it was uploaded, replaces the old one.</summary>
    public void ReplaceFile(EntryFile file, string blobName, FileInspection inspection, string? contentMd5)
    {
        if (!IsReceived) throw new InvalidOperationException($"Entry {Id} is not received.");
        _file = file;
        _blobName = blobName;
        WordCount = inspection.WordCount;
        ContentMd5 = contentMd5;
        Revision++;
    }

    /// <summary>The entrant withdraws: the entry leaves every count and list; the row stays for the audit.</summary>
    public void Withdraw(DateTimeOffset at)
    {
        if (Status == EntryStatus.Withdrawn) throw new InvalidOperationException($"Entry {Id} was already withdrawn.");
        Status = EntryStatus.Withdrawn;
        WithdrawnAt = at;
        Screening = Screening.None;
        ScreeningReason = null;
    }

    /// <summary>
    /// Retention, withdrawal or erasure: the author's, co-authors' and guardian's personal details are cleared, and so
    /// are the subject's (a third person's name, address and deeds, kept only for the contest); title, unit, movement
    /// and counts stay.
    /// </summary>
    public void Deidentify(DateTimeOffset at)
    {
        _author = new Author("", 0, "", "", "", "", "");
        _coAuthors = [];
        // A minor's guardian is a person too: name and phone go with the author's.
        _guardian = null;
        // A pen name and a guardian's name are personal data too; an erased entry is never published.
        PublicationConsents = [];
        _subject = new Subject("", "", "");
        DeidentifiedAt = at;
    }

    /// <summary>Rebuilds the privacy state of an entry from storage.</summary>
    public Entry RestorePrivacy(int revision, DateTimeOffset? withdrawnAt, DateTimeOffset? deidentifiedAt)
    {
        Revision = revision;
        WithdrawnAt = withdrawnAt;
        DeidentifiedAt = deidentifiedAt;
        return this;
    }

    /// <summary>Rebuilds an entry from storage, where its lifecycle already happened.</summary>
    public static Entry Restore(Entry entry, EntryStatus status, DateTimeOffset? receivedAt, string? contentMd5,
        int? wordCount, string? rejectionReason, Screening screening = Screening.None, string? screeningReason = null,
        DateTimeOffset? screenedAt = null, Eligibility? eligibility = null)
    {
        entry.Eligibility = eligibility ?? Eligibility.Clear;
        entry.Screening = screening;
        entry.ScreeningReason = screeningReason;
        entry.ScreenedAt = screenedAt;
        entry.Status = status;
        entry.ReceivedAt = receivedAt;
        entry.ContentMd5 = contentMd5;
        entry.WordCount = wordCount;
        entry.RejectionReason = rejectionReason;
        return entry;
    }
}

public sealed record Author(
    string FullName, int BirthYear, string Occupation, string Workplace, string Address, string Phone, string Email);

/// <summary>
/// A member of a group of authors (đồng tác giả) other than the leader, who is the entry's <see cref="Entry.Author"/>.
/// E-mail is optional and may be empty.
/// </summary>
public sealed record CoAuthor(string FullName, int BirthYear, string Workplace, string Phone, string Email);

public sealed record Subject(string Name, string Address, string Summary);

public sealed record EntryFile(string Name, long Size, string ContentType)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}

/// <summary>Any author of an entry: the leader (or sole author) or a co-author, with what identifies them.</summary>
public sealed record EntryMember(string FullName, int BirthYear, string Email, bool IsLeader);

public enum EntryStatus
{
    /// <summary>Created; the file has not been uploaded and verified yet. Counts for nothing.</summary>
    Pending,

    /// <summary>File verified and counted for the unit.</summary>
    Received,

    /// <summary>Withdrawn by its entrant: out of every count, list, judging round and download; the row stays as a tombstone.</summary>
    Withdrawn,
}

public enum Screening
{
    /// <summary>Not screened: goes to the jury like every entry.</summary>
    None,

    /// <summary>The unit forwards it (chuyển Ban Tổ chức).</summary>
    Forwarded,

    /// <summary>The unit holds it back, with a reason (không chuyển); organizers still see it.</summary>
    HeldBack,
}

/// <summary>
/// Whether an entry may be in the contest (điều kiện dự thi): the concerns found when it was created or checked
/// again (an author who is staff, or who is the essay's subject), and what organizers decided about them.
/// </summary>
public sealed record Eligibility(
    IReadOnlyList<string> Concerns,
    EligibilityDecision Decision = EligibilityDecision.Undecided,
    string? Reason = null,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null)
{
    public static readonly Eligibility Clear = new([]);

    public bool IsFlagged => Concerns.Count > 0;

    /// <summary>Flagged and not yet decided: an organizer has to look at it.</summary>
    public bool AwaitsDecision => IsFlagged && Decision == EligibilityDecision.Undecided;

    public bool SameConcernsAs(IReadOnlyList<string> concerns) => Concerns.SequenceEqual(concerns, StringComparer.Ordinal);
}

/// <summary>What organizers decided about an entry flagged as possibly not eligible.</summary>
public enum EligibilityDecision
{
    /// <summary>Not flagged, or flagged and waiting for the organizers.</summary>
    Undecided,

    /// <summary>The concern does not hold (a namesake, say): the entry stays in the contest.</summary>
    Kept,

    /// <summary>The entry is out of the contest (bị loại).</summary>
    Excluded,
}

/// <summary>A decision an entry in play waits for before it can be judged or win a prize.</summary>
public enum EntryFlag
{
    /// <summary>It may be the same work as another entry in play (có thể trùng) and nobody decided.</summary>
    Duplicate,

    /// <summary>Its eligibility was flagged (cần xem xét điều kiện dự thi) and nobody decided.</summary>
    Eligibility,
}

/// <summary>
/// What an entry in play adds to its unit's tally: one received entry, on its movement and its day (Vietnam time),
/// handed in by the focal point or not, and its unit's screening. An entry out of play adds nothing (null).
/// </summary>
public sealed record EntryShare(string MovementId, DateTimeOffset ReceivedAt, bool HandedIn, Screening Screening)
{
    public DateOnly Day => VietnamTime.Day(ReceivedAt);
}
