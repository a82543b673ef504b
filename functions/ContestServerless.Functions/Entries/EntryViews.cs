using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

/// <summary>How entries are named in the API.</summary>
public static class EntryViews
{
    public static string StatusName(EntryStatus status) => status switch
    {
        EntryStatus.Pending => "pending",
        EntryStatus.Received => "received",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
