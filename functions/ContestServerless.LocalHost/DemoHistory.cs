using Azure.Storage.Blobs;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Publishing;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContestServerless.LocalHost;

/// <summary>
/// The whole life of a contest that has closed (the 2018 Sóc Trăng contest in the demo), replayed on its own dates:
/// entries handed in while it was open, a jury scoring them in a round after the deadline, the committee approving the
/// results and publishing them, so its public results page names winners. Every step goes through the domain services
/// as the entrants, judges and organizers made it, on a container of the app's services whose clock reads the day of
/// that step; nothing is written around them. Each step is skipped when its work is already stored (entries, the round,
/// submitted scores, approval, publication), so a restart on the same data replays nothing twice and an interrupted
/// replay picks up where it stopped.
/// </summary>
public sealed class DemoHistory(IConfiguration configuration, ILoggerFactory loggers)
{
    public static readonly SignedInUser Secretary = new("demo-thu-ky", "thu.ky@soctrang.example.org", [StaffRoles.Organizer]);

    /// <summary>The jury: two judges read each entry.</summary>
    public static readonly (string Email, string Name)[] Judges =
    [
        ("gk.hoa@soctrang.example.org", "Trần Thị Hoa"),
        ("gk.khanh@soctrang.example.org", "Lý Quốc Khánh"),
        ("gk.sophal@soctrang.example.org", "Danh Sô Phal"),
    ];

    public const string RoundName = "Chấm chung khảo";

    /// <summary>Replays what is not stored yet; answers whether anything was.</summary>
    public async Task<bool> ReplayAsync(ContestRecord contest, int entryCount, CancellationToken cancellationToken)
    {
        var changed = false;
        var settings = contest.Settings;
        var clock = new ReplayClock(settings.SubmissionOpensAt);
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton(loggers)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddContestApp();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ContestDirectory>().RefreshAsync(cancellationToken);

        // The secretariat names the jury the day submissions open.
        await InScopeAsync(provider, contest, async scope =>
        {
            var staff = scope.GetRequiredService<StaffService>();
            var listed = (await staff.ListAsync(cancellationToken)).Select(m => m.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var (email, name) in Judges.Where(j => !listed.Contains(j.Email)))
            {
                Expect(await staff.SaveAsync(Secretary, new StaffRequest(email, name, [StaffRoles.Judge]), cancellationToken));
                changed = true;
            }
        });

        // Entries come in over the months the contest was open. The upload link a 2018 clock signs expired long ago, so
        // the file goes to the blob the link names with the account's own key, as the browser's PUT would have put it.
        await InScopeAsync(provider, contest, async scope =>
        {
            var entries = new DemoEntries(scope);
            if (await entries.AnyAsync(cancellationToken)) return;
            changed = true;
            var window = settings.SubmissionClosesAt - settings.SubmissionOpensAt;
            var blobs = scope.GetRequiredService<BlobServiceClient>();
            await entries.AddDistinctAsync(entryCount,
                i => clock.Set(settings.SubmissionOpensAt + window * (i + 1) / (entryCount + 1)),
                async (url, file, ct) =>
                {
                    var blob = new BlobUriBuilder(url);
                    await blobs.GetBlobContainerClient(blob.BlobContainerName).GetBlobClient(blob.BlobName).UploadAsync(new BinaryData(file), overwrite: true, ct);
                },
                cancellationToken);
        });

        // A fortnight after the deadline the secretariat opens the round for a month and hands the entries out.
        var opensAt = settings.SubmissionClosesAt.AddDays(14);
        var closesAt = opensAt.AddDays(30);
        clock.Set(opensAt.AddDays(-1));
        var round = await InScopeAsync(provider, contest, async scope =>
        {
            if ((await scope.GetRequiredService<IRoundStore>().ListAsync(cancellationToken)).FirstOrDefault() is { } stored) return stored;
            changed = true;
            return Expect(await scope.GetRequiredService<RoundSetupService>().CreateRoundAsync(Secretary, new RoundRequest(
                RoundName, [.. Judges.Select(j => j.Email)], 2, Minute(opensAt), Minute(closesAt), null, null, null, null), cancellationToken));
        });
        // Handed out once: a round with sealed entries was (assigning again would only add a line to the audit trail).
        await InScopeAsync(provider, contest, async scope =>
        {
            if (Expect(await scope.GetRequiredService<JudgingService>().RankingAsync(round.Id, cancellationToken)).Rows.Count > 0) return;
            Expect(await scope.GetRequiredService<AssignmentService>().AssignAsync(Secretary, round.Id, cancellationToken));
            changed = true;
        });

        // The judges score in the round's second week.
        clock.Set(opensAt.AddDays(7));
        if (round.IsOpenAt(clock.GetUtcNow()))
            await InScopeAsync(provider, contest, async scope => changed |= await ScoreAsync(scope, round, cancellationToken));

        // The committee approves the prizes (the contest's tiers) after the round closes, and publishes them a week later.
        clock.Set(closesAt.AddDays(3));
        await InScopeAsync(provider, contest, async scope =>
        {
            if ((await scope.GetRequiredService<IResultsStore>().GetAsync(cancellationToken)).Approval is not null) return;
            Expect(await scope.GetRequiredService<ResultsDecisions>().ApproveAsync(Secretary, null, cancellationToken));
            changed = true;
        });
        clock.Set(closesAt.AddDays(10));
        await InScopeAsync(provider, contest, async scope =>
        {
            if ((await scope.GetRequiredService<IResultsStore>().GetAsync(cancellationToken)).PublishAt is not null) return;
            Expect(await scope.GetRequiredService<ResultsPublication>().PublishAsync(Secretary, "", null, cancellationToken));
            changed = true;
        });
        // The first three winners agree to publication on their entrant page, so the reading room has works to show.
        await InScopeAsync(provider, contest, async scope => changed |= await ConsentAsync(scope, clock.GetUtcNow(), cancellationToken));
        return changed;
    }

    /// <summary>Three winners agree to publication: one under the full name, one under a pen name, one anonymously.</summary>
    private static async Task<bool> ConsentAsync(IServiceProvider scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if ((await scope.GetRequiredService<IResultsStore>().GetAsync(cancellationToken)).Approval is not { } approval) return false;
        var winners = approval.Proposal.Tiers.SelectMany(tier => tier.Entries).Select(entry => entry.Candidate.EntryId).Take(3).ToList();
        (AuthorNaming Naming, string? PenName)[] namings = [(AuthorNaming.FullName, null), (AuthorNaming.PenName, "Hoài Thương"), (AuthorNaming.Anonymous, null)];
        var changed = false;
        for (var i = 0; i < winners.Count; i++)
        {
            var stored = await scope.GetRequiredService<IEntryStore>().FindAsync(winners[i], cancellationToken);
            if (stored is null || stored.Entry.PublicationConsents.Count > 0) continue;
            for (var member = 0; member < stored.Entry.Members.Count(); member++)
                stored.Entry.AnswerPublication(new MemberConsent(member, PublicationDecision.Agreed, namings[i].Naming, namings[i].PenName, now, ConsentChannel.EntrantPage));
            changed |= await scope.GetRequiredService<IPrivacyStore>().SaveAsync(stored.Entry, stored.Version, cancellationToken);
        }
        return changed;
    }

    /// <summary>
    /// Every judge submits a sheet for each entry given to them. The totals order the entries by their sealed codes and
    /// never tie (each entry's mean is its own: 95 − rank, or half a point less where the second judge is the stricter),
    /// so the committee has no tie to settle before approving.
    /// </summary>
    private static async Task<bool> ScoreAsync(IServiceProvider scope, Round round, CancellationToken cancellationToken)
    {
        var saved = false;
        var ranking = Expect(await scope.GetRequiredService<JudgingService>().RankingAsync(round.Id, cancellationToken));
        var rank = ranking.Rows.Select(r => r.Sealed.Facts.Code).Order(StringComparer.Ordinal)
            .Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i);
        var scoring = scope.GetRequiredService<ScoringService>();
        for (var j = 0; j < Judges.Length; j++)
        {
            var judge = new SignedInUser($"demo-{j}", Judges[j].Email, [StaffRoles.Judge]);
            foreach (var item in await scoring.AssignmentsAsync(judge, cancellationToken))
            {
                if (item.Round.Id != round.Id || item.Score.State == ScoreState.Submitted) continue;
                var off = 5m + rank.GetValueOrDefault(item.Score.Code) + (j % 2 == 1 ? 0.5m : 0m);
                Expect(await scoring.SaveScoreAsync(judge, item.Score.Code, Sheet(round.Rubric, off), submit: true, cancellationToken));
                saved = true;
            }
        }
        return saved;
    }

    /// <summary>Full marks less <paramref name="off"/> points, taken from the last criteria first.</summary>
    private static ScoreSheet Sheet(Rubric rubric, decimal off)
    {
        var points = new Dictionary<string, decimal?>();
        foreach (var criterion in rubric.Criteria.Reverse())
        {
            var taken = Math.Min(off, criterion.Max);
            points[criterion.Id] = criterion.Max - taken;
            off -= taken;
        }
        return new ScoreSheet(points, "Bài viết chân thực, bố cục rõ ràng.");
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider provider, ContestRecord contest, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = provider.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(contest.Id))
            throw new InvalidOperationException($"Contest {contest.Id} is not stored.");
        return await act(scope.ServiceProvider);
    }

    private static Task InScopeAsync(IServiceProvider provider, ContestRecord contest, Func<IServiceProvider, Task> act) =>
        InScopeAsync(provider, contest, async scope => { await act(scope); return true; });

    private static T Expect<T>(Domain.Common.Result<T> result) =>
        result.Value is { } value ? value : throw new InvalidOperationException($"{result.Problem!.Title}: {result.Problem.Detail}");

    private static string Minute(DateTimeOffset at) => Domain.Common.VietnamTime.ToLocal(at).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A clock that reads the day the replay has reached.</summary>
    private sealed class ReplayClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Set(DateTimeOffset now) => _now = now;

        public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();
    }
}
