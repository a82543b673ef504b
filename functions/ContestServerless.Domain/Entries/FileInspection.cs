namespace ContestServerless.Domain.Entries;

/// <summary>What the bytes of an uploaded file turned out to be.</summary>
public sealed record FileInspection(bool Accepted, string? Reason, int? WordCount)
{
    public static FileInspection Rejected(string reason) => new(false, reason, null);
}
