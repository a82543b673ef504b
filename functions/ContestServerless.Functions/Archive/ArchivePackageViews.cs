using System.Text.Json;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Downloads;

namespace ContestServerless.Functions.Archive;

public static class ArchivePackageViews
{
    public static string Route(string contestId) => $"/api/organizer/contests/{Uri.EscapeDataString(contestId)}/archive-package";

    public static ArchivePackageView Status(BulkDownload download, string contestId) => new(
        download.Id,
        JsonNamingPolicy.CamelCase.ConvertName(download.Status.ToString()),
        download.Total,
        download.Done,
        download.Size,
        download.RequestedBy,
        VietnamTime.ToLocal(download.RequestedAt),
        download.FinishedAt is { } at ? VietnamTime.ToLocal(at) : null,
        download.Error,
        download.Decision?.Number,
        FileUrl: download.Status == BulkDownloadStatus.Ready ? Route(contestId) : null);
}

/// <summary>
/// An archive package request's progress (<c>Total</c> and <c>Done</c> count its parts); <c>FileUrl</c> once the ZIP is
/// ready; <c>DecisionNumber</c> when its certificates are printed.
/// </summary>
public sealed record ArchivePackageView(
    string Id,
    string Status,
    int Total,
    int Done,
    long? Size,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? DecisionNumber,
    string? FileUrl);
