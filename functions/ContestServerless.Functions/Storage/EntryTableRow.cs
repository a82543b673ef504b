using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// An <see cref="Entry"/> and its row in its unit's partition of the Entries table, both ways in one place: a column
/// is named once (by the property it holds where the names agree) and written and read beside each other, so a field
/// written but not read shows in review and fails <c>StoredRowRoundTripTests</c>. Column names are the storage layout:
/// never rename one.
/// </summary>
public static class EntryTableRow
{
    // Columns whose names differ from the properties they hold (the author's, subject's and file's parts, the consent).
    private const string EntryId = "EntryId", LocatorUnitId = "UnitId";
    private const string AuthorFullName = "AuthorFullName", AuthorBirthYear = "AuthorBirthYear", AuthorOccupation = "AuthorOccupation",
        AuthorWorkplace = "AuthorWorkplace", AuthorAddress = "AuthorAddress", AuthorPhone = "AuthorPhone", AuthorEmail = "AuthorEmail";
    private const string SubjectName = "SubjectName", SubjectAddress = "SubjectAddress", SubjectSummary = "SubjectSummary";
    private const string FileName = "FileName", FileSize = "FileSize", FileContentType = "FileContentType";
    private const string ConsentVersion = "ConsentVersion", ConsentedAt = "ConsentedAt",
        ConsentOnPaperReceivedBy = "ConsentOnPaperReceivedBy", ConsentOnPaperKeptBy = "ConsentOnPaperKeptBy";

    public static TableEntity ToRow(Entry entry) => new(entry.UnitId, TableEntryStore.EntryRow(entry.Id))
    {
        [EntryId] = entry.Id,
        [nameof(Entry.Title)] = entry.Title,
        [nameof(Entry.MovementId)] = entry.MovementId,
        [AuthorFullName] = entry.Author.FullName,
        [AuthorBirthYear] = entry.Author.BirthYear,
        [AuthorOccupation] = entry.Author.Occupation,
        [AuthorWorkplace] = entry.Author.Workplace,
        [AuthorAddress] = entry.Author.Address,
        [AuthorPhone] = entry.Author.Phone,
        [AuthorEmail] = entry.Author.Email,
        [SubjectName] = entry.Subject.Name,
        [SubjectAddress] = entry.Subject.Address,
        [SubjectSummary] = entry.Subject.Summary,
        [FileName] = entry.File.Name,
        [FileSize] = entry.File.Size,
        [FileContentType] = entry.File.ContentType,
        [nameof(Entry.BlobName)] = entry.BlobName,
        [nameof(Entry.ReceiptCode)] = entry.ReceiptCode,
        [nameof(Entry.SubmitKey)] = entry.SubmitKey,
        [nameof(Entry.CreatedAt)] = entry.CreatedAt,
        [nameof(Entry.Status)] = entry.Status.ToString(),
        [nameof(Entry.ReceivedAt)] = entry.ReceivedAt,
        // The fingerprint Blob storage computed; "Sha256" rows from before it replaced the server's own hash stay unread.
        [nameof(Entry.ContentMd5)] = entry.ContentMd5,
        [nameof(Entry.WordCount)] = entry.WordCount,
        [nameof(Entry.RejectionReason)] = entry.RejectionReason,
        [nameof(Entry.HandedInBy)] = entry.HandedInBy,
        // Derived from LateUntil, kept in the row for queries and people reading the table; never read back.
        [nameof(Entry.Late)] = entry.Late,
        [nameof(Entry.LateUntil)] = entry.LateUntil,
        [nameof(Entry.Screening)] = entry.Screening.ToString(),
        [nameof(Entry.ScreeningReason)] = entry.ScreeningReason,
        [nameof(Entry.ScreenedAt)] = entry.ScreenedAt,
        [EntryRowGroups.CoAuthorsColumn] = EntryRowGroups.WriteCoAuthors(entry.CoAuthors),
        [EntryRowGroups.EligibilityColumn] = EntryRowGroups.WriteEligibility(entry.Eligibility),
        [ConsentVersion] = entry.Consent?.NoticeVersion,
        [ConsentedAt] = entry.Consent?.At,
        [ConsentOnPaperReceivedBy] = entry.Consent?.OnPaper?.ReceivedBy,
        [ConsentOnPaperKeptBy] = entry.Consent?.OnPaper?.KeptBy,
        [PrivacyColumns.GuardianColumn] = PrivacyColumns.WriteGuardian(entry.Guardian),
        [PrivacyColumns.PublicationColumn] = PrivacyColumns.WritePublication(entry.PublicationConsents),
        [nameof(Entry.Revision)] = entry.Revision,
        [nameof(Entry.WithdrawnAt)] = entry.WithdrawnAt,
        [nameof(Entry.DeidentifiedAt)] = entry.DeidentifiedAt,
        [nameof(Entry.CopyOf)] = entry.CopyOf,
        [nameof(Entry.CopyReason)] = entry.CopyReason,
        [nameof(Entry.CopyMarkedBy)] = entry.CopyMarkedBy,
        [nameof(Entry.CopyMarkedAt)] = entry.CopyMarkedAt,
        [nameof(Entry.DistinctFrom)] = entry.DistinctFrom.Count > 0 ? string.Join(',', entry.DistinctFrom) : null,
    };

    /// <summary>The entry id's locator in the EntryIds table (partition = entry id, row ""), naming the entry's unit.</summary>
    public static TableEntity ToLocator(Entry entry) => new(entry.Id, "") { [LocatorUnitId] = entry.UnitId };

    /// <summary>The unit a locator names.</summary>
    public static string UnitOf(TableEntity locator) => locator.GetString(LocatorUnitId);

    public static Entry From(TableEntity row)
    {
        string S(string key) => row.GetString(key) ?? "";
        var entry = new Entry
        {
            Id = S(EntryId),
            UnitId = row.PartitionKey,
            Title = S(nameof(Entry.Title)),
            MovementId = S(nameof(Entry.MovementId)),
            Author = new Author(S(AuthorFullName), row.GetInt32(AuthorBirthYear) ?? 0, S(AuthorOccupation),
                S(AuthorWorkplace), S(AuthorAddress), S(AuthorPhone), S(AuthorEmail)),
            Subject = new Subject(S(SubjectName), S(SubjectAddress), S(SubjectSummary)),
            File = new EntryFile(S(FileName), row.GetInt64(FileSize) ?? 0, S(FileContentType)),
            BlobName = S(nameof(Entry.BlobName)),
            ReceiptCode = S(nameof(Entry.ReceiptCode)),
            SubmitKey = S(nameof(Entry.SubmitKey)),
            CreatedAt = row.GetDateTimeOffset(nameof(Entry.CreatedAt)) ?? default,
            HandedInBy = row.GetString(nameof(Entry.HandedInBy)),
            LateUntil = row.GetDateTimeOffset(nameof(Entry.LateUntil)),
            CoAuthors = EntryRowGroups.ReadCoAuthors(row.GetString(EntryRowGroups.CoAuthorsColumn)),
            Consent = row.GetString(ConsentVersion) is { } consentVersion && row.GetDateTimeOffset(ConsentedAt) is { } consentedAt
                ? new Consent(consentVersion, consentedAt)
                {
                    OnPaper = row.GetString(ConsentOnPaperReceivedBy) is { } receivedBy
                        ? new PaperConsent(receivedBy, row.GetString(ConsentOnPaperKeptBy) ?? "") : null,
                }
                : null,
            Guardian = PrivacyColumns.ReadGuardian(row.GetString(PrivacyColumns.GuardianColumn)),
        };
        return Entry.Restore(entry, Enum.Parse<EntryStatus>(S(nameof(Entry.Status))), row.GetDateTimeOffset(nameof(Entry.ReceivedAt)),
            row.GetString(nameof(Entry.ContentMd5)), row.GetInt32(nameof(Entry.WordCount)), row.GetString(nameof(Entry.RejectionReason)),
            Enum.TryParse<Screening>(row.GetString(nameof(Entry.Screening)), out var screening) ? screening : Screening.None,
            row.GetString(nameof(Entry.ScreeningReason)), row.GetDateTimeOffset(nameof(Entry.ScreenedAt)),
            EntryRowGroups.ReadEligibility(row.GetString(EntryRowGroups.EligibilityColumn)))
            .RestorePrivacy(row.GetInt32(nameof(Entry.Revision)) ?? 0, row.GetDateTimeOffset(nameof(Entry.WithdrawnAt)),
                row.GetDateTimeOffset(nameof(Entry.DeidentifiedAt)))
            .RestoreCopy(row.GetString(nameof(Entry.CopyOf)), row.GetString(nameof(Entry.CopyReason)),
                row.GetString(nameof(Entry.CopyMarkedBy)), row.GetDateTimeOffset(nameof(Entry.CopyMarkedAt)))
            .RestoreDistinct(row.GetString(nameof(Entry.DistinctFrom))?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [])
            .RestorePublication(PrivacyColumns.ReadPublication(row.GetString(PrivacyColumns.PublicationColumn)))
            .MarkStored();
    }
}
