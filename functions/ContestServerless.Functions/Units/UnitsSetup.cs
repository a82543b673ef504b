using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Standing;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Units;

public static class UnitsSetup
{
    /// <summary>
    /// The units and what is asked of them: the register and its links, the unit portal (screening, the quick report),
    /// and the organizers' views of how units stand (the dashboard, the quick reports).
    /// </summary>
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddOptionsValue<UnitLinkOptions>();
        return services.AddScopeds(
            typeof(UnitLinks), typeof(UnitAccess), typeof(UnitRegisterService),
            typeof(UnitPortalService), typeof(EntryScreeningService), typeof(QuickReportFilingService),
            typeof(ReportOverviewService), typeof(ReportScanService), typeof(StandingService));
    }
}
