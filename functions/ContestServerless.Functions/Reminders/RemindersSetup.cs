using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Reminders;

public static class RemindersSetup
{
    /// <summary>Reminders' settings and use cases; their store is the Reminders table (<c>AddContestStorage</c>), their sending the outbox (<c>AddContestEmail</c>).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddContestOptionsValue<ReminderOptions>((deployment, contest) => deployment.For(contest));
        return services.AddScopeds(
            typeof(ReminderPlanner), typeof(ReminderPreviewService), typeof(ReminderRunService), typeof(ReminderSwitchService),
            typeof(ReminderDigest));
    }
}
