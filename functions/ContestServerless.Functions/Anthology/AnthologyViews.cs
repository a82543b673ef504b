using System.Text.Json;
using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Anthology;

public static class AnthologyViews
{
    public static AnthologyAcceptedView Accepted(AnthologyBuild build) => new(build.Id, State(build));

    public static AnthologyView Status(AnthologyBuild build) => new(
        build.Id,
        State(build),
        new AnthologyProgressView(build.Done, build.State == AnthologyState.Queued ? build.EntryIds.Count : build.Total),
        build.ByMovement,
        build.LeftOut.Select(w => new LeftOutWorkView(w.EntryId, w.Title, w.Reason)).ToList(),
        build.Size,
        build.RequestedBy,
        VietnamTime.ToLocal(build.RequestedAt),
        build.FinishedAt is { } at ? VietnamTime.ToLocal(at) : null,
        build.Error,
        FileUrl: build.State == AnthologyState.Done ? $"/api/organizer/results/anthology/{build.Id}/file" : null);

    private static string State(AnthologyBuild build) => JsonNamingPolicy.CamelCase.ConvertName(build.State.ToString());
}

/// <summary>What a request answers (202): the build's id, to poll.</summary>
public sealed record AnthologyAcceptedView(string Id, string State);

/// <summary>A build's progress: <c>State</c> is queued, building, done or failed; <c>FileUrl</c> once the book is ready.</summary>
public sealed record AnthologyView(
    string Id,
    string State,
    AnthologyProgressView Progress,
    bool ByMovement,
    IReadOnlyList<LeftOutWorkView> LeftOut,
    long? Size,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? FileUrl);

/// <summary>Works gone through out of the total chosen.</summary>
public sealed record AnthologyProgressView(int Done, int Total);

/// <summary>A chosen work the book does not hold, and why.</summary>
public sealed record LeftOutWorkView(string EntryId, string? Title, string Reason);
