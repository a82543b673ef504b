using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Privacy;

/// <summary>Who acts on the audit trail for entrants' rights: the entrant (the holder of the receipt code) and the retention timer.</summary>
public static class PrivacyAudit
{
    /// <summary>The entrant, known only by holding the entry's receipt code.</summary>
    public static SignedInUser Entrant(string entryId) => new($"entrant:{entryId}", "Tác giả (mã biên nhận)", []);

    /// <summary>The retention timer.</summary>
    public static readonly SignedInUser Retention = new("system:retention", "Hệ thống (thời hạn lưu trữ)", []);
}
