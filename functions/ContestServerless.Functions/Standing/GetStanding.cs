using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Http;
using ContestServerless.Functions.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Standing;

/// <summary>The dashboard: totals and every unit's standing, grouped as in the letter.</summary>
public sealed class GetStanding(StandingService standing)
{
    [Function(nameof(GetStanding))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/standing")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var current = await standing.GetAsync(cancellationToken);
        return new OkObjectResult(new
        {
            current.Totals.EntriesReceived,
            current.Totals.UnitsWithEntries,
            current.Totals.UnitsWithoutEntries,
            current.Totals.ReportsFiled,
            current.Totals.ReportsLate,
            current.Totals.ReportsMissing,
            ByMovement = current.Totals.ByMovement.Select(m => new { Movement = m.Key, Name = m.Label, m.Entries }),
            ByDay = current.Totals.ByDay.Select(d => new { Day = d.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Entries }),
            Groups = current.Groups.Select(g => new
            {
                Group = g.GroupId,
                Name = g.GroupName,
                Units = g.Units.Select(u => new
                {
                    u.Unit.Id,
                    u.Unit.Name,
                    u.Unit.ParentId,
                    u.Depth,
                    u.OwnEntries,
                    u.Entries,
                    u.SubUnits,
                    LastReceivedAt = u.LastReceivedAt is { } at ? VietnamTime.ToLocal(at) : (DateTimeOffset?)null,
                    u.HasNoEntries,
                    u.Unit.MinimumEntries,
                    u.BelowMinimum,
                    Report = ReportViews.StatusName(u.Report),
                    u.HandedIn,
                    u.Forwarded,
                    u.HeldBack,
                }),
            }),
        });
    }
}
