using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Contest;

/// <summary>What the home page and the entry form need to know about the contest.</summary>
public sealed class GetContest(ContestOptions contest, AbuseGuard guard, TimeProvider clock)
{
    [Function(nameof(GetContest))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "contest")] HttpRequest request)
    {
        var now = clock.GetUtcNow();
        var window = contest.SubmissionWindowAt(now);
        var (minBirthYear, maxBirthYear) = contest.EntryRules.BirthYearRange(now);
        return new OkObjectResult(new
        {
            contest.Name,
            contest.Organizer,
            contest.Description,
            contest.Contact,
            SubmissionOpensAt = VietnamTime.ToLocal(contest.SubmissionOpensAt),
            SubmissionClosesAt = VietnamTime.ToLocal(contest.SubmissionClosesAt),
            QuickReportDueAt = VietnamTime.ToLocal(contest.QuickReportDueAt),
            TimeZone = VietnamTime.Zone.Id,
            IsOpen = window == SubmissionWindow.Open,
            Status = window switch
            {
                SubmissionWindow.NotYetOpen => "notYetOpen",
                SubmissionWindow.Open => "open",
                _ => "closed",
            },
            Movements = contest.Movements.Select(m => new { m.Id, m.Name }),
            Documents = contest.Documents.Select(d => new { d.Number, Date = d.Date.ToString("yyyy-MM-dd"), d.Title, d.Url }),
            UnitGroups = contest.UnitGroups.Select(g => new { g.Id, g.Name }),
            // The entry form shows the proof-of-work widget only when creates need it.
            ProofOfWork = guard.Enabled,
            EntryRules = new
            {
                contest.EntryRules.AllowedExtensions,
                contest.EntryRules.MaxFileBytes,
                contest.EntryRules.MaxWords,
                contest.EntryRules.MaxCoAuthors,
                // Every limit EntryValidator enforces, so the form checks exactly what the server will.
                EntryValidator.MaxTitleLength,
                EntryValidator.MaxNameLength,
                EntryValidator.MaxOccupationLength,
                EntryValidator.MaxWorkplaceLength,
                EntryValidator.MaxAddressLength,
                EntryValidator.MaxSummaryLength,
                EntryValidator.MaxFileNameLength,
                EntryValidator.MaxEmailLength,
                MinBirthYear = minBirthYear,
                MaxBirthYear = maxBirthYear,
            },
        });
    }
}
