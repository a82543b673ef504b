using ContestServerless.Domain.Privacy;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Privacy;

/// <summary>Daily, de-identifies entries that won nothing once Privacy:RetentionMonths have passed since the results were published.</summary>
public sealed class ApplyRetention(RetentionService retention, ILogger<ApplyRetention> logger)
{
    [Function(nameof(ApplyRetention))]
    public async Task Run([TimerTrigger(PrivacyOptions.RetentionSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var plan = await retention.RunAsync(cancellationToken);
        logger.LogInformation("Retention due {Due} (due at {DueAt}): de-identified {Count} entries, kept {Winners} winners",
            plan.Due, plan.DueAt, plan.Due ? plan.ToDeidentify.Count : 0, plan.WinnersKept);
    }
}
