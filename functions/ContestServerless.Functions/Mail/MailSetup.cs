using ContestServerless.Domain.Mail;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Mail;

public static class MailSetup
{
    /// <summary>The message log (its store in <c>AddContestStorage</c>, written by the outbox of <c>AddContestEmail</c>), SendGrid's delivery events and the organizers' view of both.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddSingleton<EventWebhookSignature>();
        return services.AddScopeds(typeof(MailEventService), typeof(MessageLogService), typeof(MailReach), typeof(MessageRetention));
    }
}
