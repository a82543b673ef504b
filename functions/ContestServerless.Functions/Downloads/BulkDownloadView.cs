using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Downloads;

/// <summary>A bulk download's progress; <c>FileUrl</c> once the ZIP is ready.</summary>
public sealed record BulkDownloadView(
    string Id,
    string Status,
    int Total,
    int Done,
    long? Size,
    EntryFilterRequest Filter,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? FileUrl);
