using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Http;
using ContestServerless.Functions.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>The unit's page: its entries and its sub-units', the count against the minimum, deadlines, the quick report.</summary>
public sealed class GetUnitPortal(UnitPortalService portal, ContestOptions contest)
{
    [Function(nameof(GetUnitPortal))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unit")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var opened = await portal.OpenAsync(UnitLinkHeader.Read(request), cancellationToken);
        return opened.ToActionResult(p => new OkObjectResult(new
        {
            Unit = new { p.Scope.Unit.Id, p.Scope.Unit.Name, p.Scope.Unit.Group, p.Scope.Unit.MinimumEntries, p.Scope.Unit.FocalPoints },
            Units = p.Scope.Units.Select(u => new { u.Id, u.Name, u.Group, u.ParentId }),
            p.OwnReceived,
            p.ReceivedWithSubUnits,
            SubmissionClosesAt = VietnamTime.ToLocal(contest.SubmissionClosesAt),
            QuickReportDueAt = VietnamTime.ToLocal(contest.QuickReportDueAt),
            Entries = p.Entries.Select(e => new
            {
                e.Id,
                e.Title,
                e.UnitId,
                AuthorName = e.Author.FullName,
                Status = EntryViews.StatusName(e.Status),
                ReceivedAt = e.ReceivedAt is { } at ? VietnamTime.ToLocal(at) : (DateTimeOffset?)null,
                HandedIn = e.HandedInBy is not null,
                Screening = EntryViews.ScreeningName(e.Screening),
                e.ScreeningReason,
            }),
            Reports = p.Reports.Select(ReportViews.Report),
        }));
    }
}
