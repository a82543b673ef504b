using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Standing;

/// <summary>
/// The dashboard. Unit tallies come from the catalogue's copy (one conditional read), not a read per unit, so a
/// load costs the register's pages and one blob read at any number of units; it follows the partitions by seconds.
/// </summary>
public sealed class StandingService(ContestOptions contest, IUnitRegister units, CatalogueReader catalogue, IAuditLog audit, TimeProvider clock)
{
    public async Task<ContestStanding> GetAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Standing;

    /// <summary>The dashboard's unit table as .xlsx or CSV.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser user, string? format, CancellationToken cancellationToken)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat) return ExportFormats.InvalidFormat();
        var (standing, tree) = await LoadAsync(cancellationToken);
        var rows = standing.Groups.SelectMany(g => g.Units.Select(u => (g, u)));
        var export = await Export.WriteAsync(new Sheet<(GroupStanding, UnitStanding)>("Tình hình các đơn vị", ExportSheets.StandingColumns(tree), rows),
            exportFormat, "Tinh-hinh-cac-don-vi", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, AuditAction.StandingExported, "units", ExportFormats.Label(exportFormat), cancellationToken);
        return export;
    }

    private async Task<(ContestStanding Standing, UnitTree Tree)> LoadAsync(CancellationToken cancellationToken)
    {
        var register = await units.ListAsync(cancellationToken);
        var tallies = (await catalogue.ReadAsync(cancellationToken)).Tallies.Values.ToList();
        return (ContestStanding.Compute(contest, register, tallies), new UnitTree(register));
    }
}
