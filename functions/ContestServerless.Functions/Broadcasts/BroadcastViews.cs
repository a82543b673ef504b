using ContestServerless.Domain.Broadcasts;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Broadcasts;

/// <summary>How broadcasts are named in the API.</summary>
public static class BroadcastViews
{
    public static BroadcastPreviewView Preview(BroadcastOutcome outcome) =>
        new(outcome.Recipients, outcome.Audience.Name(), outcome.Audience.Label(), outcome.AudienceDetail,
            new BroadcastMessageView(outcome.Preview!.ToEmail, outcome.Preview.ToName, [.. outcome.Preview.Cc.Select(c => c.Email)],
                outcome.Preview.Subject, outcome.Preview.PlainText, outcome.Preview.Html));

    public static BroadcastStartedView Started(BroadcastOutcome outcome) => new(outcome.Id!, outcome.AlreadyStarted, outcome.Recipients);

    public static BroadcastProgressView Progress(BroadcastProgress progress)
    {
        var b = progress.Broadcast;
        return new BroadcastProgressView(b.Id, b.Audience.Name(), b.Audience.Label(), b.AudienceDetail, b.Template.Subject, b.Total,
            progress.Sent, progress.Failed, progress.Skipped, b.State switch { BroadcastState.Queued => "queued", BroadcastState.Sending => "sending", _ => "done" },
            b.By, VietnamTime.ToLocal(b.At), b.FinishedAt is { } at ? VietnamTime.ToLocal(at) : null,
            b.State != BroadcastState.Done && b.RecheckAt is { } recheck ? VietnamTime.ToLocal(recheck) : null);
    }
}

/// <summary>Before confirming: how many it reaches, whom, and the first message as it will read.</summary>
public sealed record BroadcastPreviewView(int Recipients, string Audience, string AudienceLabel, string AudienceDetail, BroadcastMessageView Preview);

public sealed record BroadcastMessageView(string To, string ToName, IReadOnlyList<string> Cc, string Subject, string PlainText, string Html);

/// <summary>Confirmed: the broadcast's id; <see cref="AlreadyStarted"/> when the same one was started before today (nothing queued again).</summary>
public sealed record BroadcastStartedView(string Id, bool AlreadyStarted, int Recipients);

/// <summary>
/// A broadcast's progress: recipients, sent, failed, left without an address, and its state (queued, sending, done);
/// <see cref="RecheckAt"/> when a sender that died held some recipients: the send goes back for them then.
/// </summary>
public sealed record BroadcastProgressView(
    string Id, string Audience, string AudienceLabel, string AudienceDetail, string Subject, int Total, int Sent, int Failed, int Skipped, string State,
    string By, DateTimeOffset At, DateTimeOffset? FinishedAt, DateTimeOffset? RecheckAt);
