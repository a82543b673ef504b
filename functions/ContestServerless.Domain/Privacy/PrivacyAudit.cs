using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Privacy;

/// <summary>The audit trail's actions for entrants' rights, and who the entrant is in it (the holder of the receipt code).</summary>
public static class PrivacyAudit
{
    public const string EntryCorrected = "entry-corrected";
    public const string EntryFileReplaced = "entry-file-replaced";
    public const string EntryWithdrawn = "entry-withdrawn";
    public const string EntrantDataDownloaded = "entrant-data-downloaded";
    public const string RequestFiled = "privacy-request-filed";
    public const string RequestDecided = "privacy-request-decided";
    public const string EntryDeidentified = "entry-deidentified";

    /// <summary>The entrant, known only by holding the entry's receipt code.</summary>
    public static SignedInUser Entrant(string entryId) => new($"entrant:{entryId}", "Tác giả (mã biên nhận)", []);

    /// <summary>The retention timer.</summary>
    public static readonly SignedInUser Retention = new("system:retention", "Hệ thống (thời hạn lưu trữ)", []);
}
