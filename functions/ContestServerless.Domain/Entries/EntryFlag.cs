namespace ContestServerless.Domain.Entries;

/// <summary>A decision an entry in play waits for before it can be judged or win a prize.</summary>
public enum EntryFlag
{
    /// <summary>It may be the same work as another entry in play (có thể trùng) and nobody decided.</summary>
    Duplicate,

    /// <summary>Its eligibility was flagged (cần xem xét điều kiện dự thi) and nobody decided.</summary>
    Eligibility,
}
