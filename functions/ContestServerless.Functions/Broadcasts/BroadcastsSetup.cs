using ContestServerless.Domain.Broadcasts;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Broadcasts;

public static class BroadcastsSetup
{
    /// <summary>Organizers' broadcasts: the audiences, the start and its queue, the paced sender.</summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services)
    {
        services.AddOptionsValue<BroadcastOptions>();
        services.AddScoped<IBroadcastStore, TableBroadcastStore>();
        services.AddScoped<IBroadcastQueue, StorageBroadcastQueue>();
        services.AddScoped(sp => new BroadcastSettings(
            sp.GetRequiredService<ContestRecord>(), sp.GetRequiredService<ReminderOptions>(), sp.GetRequiredService<BroadcastOptions>()));
        return services.AddScopeds(typeof(BroadcastRecipientList), typeof(BroadcastService), typeof(BroadcastSender));
    }
}
