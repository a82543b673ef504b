using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;
using SendGrid;

namespace ContestServerless.Functions.Email;

public static class EmailSetup
{
    public static IServiceCollection AddContestEmail(this IServiceCollection services)
    {
        services.AddOptionsValue<SendGridOptions>();
        services.AddHttpClient(nameof(SendGridClient));
        services.AddSingleton<ISendGridClient>(sp =>
        {
            var settings = sp.GetRequiredService<SendGridOptions>();
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(SendGridClient));
            var clientOptions = new SendGridClientOptions { ApiKey = settings.ApiKey };
            if (!string.IsNullOrWhiteSpace(settings.Host)) clientOptions.Host = settings.Host;
            return new SendGridClient(http, clientOptions);
        });
        services.AddSingleton<IMailer, SendGridMailer>();
        // Every e-mail sent once goes through the outbox; its log is the contest's Reminders table, which the storage adapter keeps.
        services.AddScoped<IMailLog>(sp => sp.GetRequiredService<IReminderStore>());
        services.AddScoped<MailOutbox>();
        return services;
    }
}
