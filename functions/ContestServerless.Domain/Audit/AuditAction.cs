using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Audit;

/// <summary>What staff did with entrants' personal data, for the audit trail (nhật ký truy cập).</summary>
public static class AuditAction
{
    public const string EntryViewed = "entry-viewed";
    public const string EntryDownloaded = "entry-downloaded";
    public const string EligibilityDecided = "entry-eligibility-decided";
    public const string EntriesExported = "entries-exported";
    public const string EntryMarkedCopy = "entry-marked-copy";
    public const string EntryCopyCleared = "entry-copy-cleared";
    public const string EntryDeclaredDistinct = "entry-declared-distinct";
    public const string StandingExported = "standing-exported";
    public const string BulkDownloadRequested = "bulk-download-requested";
    public const string BulkDownloadDownloaded = "bulk-download-downloaded";
    public const string ArchivePackageRequested = "archive-package-requested";
    public const string ArchivePackageDownloaded = "archive-package-downloaded";
    public const string StaffSaved = "staff-saved";
    public const string StaffRemoved = "staff-removed";
    public const string UnitSaved = "unit-saved";
    public const string UnitsImported = "units-imported";
    public const string UnitsExported = "units-exported";
    public const string UnitLinkIssued = "unit-link-issued";
    public const string UnitLinkRotated = "unit-link-rotated";
    public const string LateLinkIssued = "late-link-issued";
    public const string ReportsExported = "reports-exported";
    public const string ReportScanDownloaded = "report-scan-downloaded";
    public const string RemindersSent = "reminders-sent";
    public const string RemindersPaused = "reminders-paused";
    public const string RemindersResumed = "reminders-resumed";
    public const string RoundSaved = "round-saved";
    public const string RoundRescheduled = "round-rescheduled";
    public const string JudgesAssigned = "judges-assigned";
    public const string AssignmentMoved = "assignment-moved";
    public const string ConflictDeclared = "conflict-declared";
    public const string ScoreSaved = "score-saved";
    public const string ScoreUnlocked = "score-unlocked";
    public const string JudgeRecused = "judge-recused";
    public const string JudgeFileDownloaded = "judge-file-downloaded";
    public const string CopyDecided = "copy-decided";
    public const string ShortlistSaved = "shortlist-saved";
    public const string ScoresExported = "scores-exported";
    public const string JudgesReminded = "judges-reminded";
    public const string ResultsChanged = "results-changed";
    public const string EntryDisqualified = "entry-disqualified";
    public const string ResultsApproved = "results-approved";
    public const string ResultsUnlocked = "results-unlocked";
    public const string ResultsIdentitiesViewed = "results-identities-viewed";
    public const string ResultsPublished = "results-published";
    public const string ResultsNotified = "results-notified";
    public const string ResultsExported = "results-exported";
    public const string MinutesDownloaded = "minutes-downloaded";
    public const string CertificatesDownloaded = "certificates-downloaded";
    public const string EntryCorrected = "entry-corrected";
    public const string EntryFileReplaced = "entry-file-replaced";
    public const string EntryWithdrawn = "entry-withdrawn";
    public const string EntrantDataDownloaded = "entrant-data-downloaded";
    public const string PrivacyRequestFiled = "privacy-request-filed";
    public const string PrivacyRequestDecided = "privacy-request-decided";
    public const string EntryDeidentified = "entry-deidentified";
    public const string ContestChanged = "contest-changed";
    public const string ContestExtended = "contest-extended";
    public const string ContestDocumentUploaded = "contest-document-uploaded";
    public const string ContestCreated = "contest-created";
    public const string ContestArchived = "contest-archived";
    public const string ContestDeleted = "contest-deleted";
}
