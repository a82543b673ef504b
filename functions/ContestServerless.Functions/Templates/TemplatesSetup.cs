using ContestServerless.Domain.Templates;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Templates;

public static class TemplatesSetup
{
    /// <summary>The contest's e-mail templates: what every sender writes with, and the organizers' editing of them.</summary>
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        services.AddScoped<IMailTemplateStore, TableMailTemplateStore>();
        return services.AddScopeds(typeof(ContestLetters), typeof(MailTemplateService), typeof(TemplatePreviewService));
    }
}
