using ContestServerless.Functions.Abuse;
using ContestServerless.Functions.Anthology;
using ContestServerless.Functions.Archive;
using ContestServerless.Functions.Backup;
using ContestServerless.Functions.Broadcasts;
using ContestServerless.Functions.Email;
using ContestServerless.Functions.Reminders;
using ContestServerless.Functions.Results;
using ContestServerless.Functions.Privacy;
using ContestServerless.Functions.Reading;
using ContestServerless.Functions.Publishing;
using ContestServerless.Functions.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Functions.Mail;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Storage;
using ContestServerless.Functions.Templates;
using ContestServerless.Functions.Units;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Setup;

public static class AppSetup
{
    /// <summary>Everything the function classes need; shared by the Functions host and the local host.</summary>
    public static IServiceCollection AddContestApp(this IServiceCollection services) =>
        services
            .AddContestDomain()
            .AddReminders()
            .AddResults()
            .AddAnthology()
            .AddPublishing()
            .AddUnits()
            .AddStaff()
            .AddAbuse()
            .AddPrivacy()
            .AddJudging()
            .AddReading()
            .AddEntries()
            .AddArchive()
            .AddBackup()
            .AddTemplates()
            .AddBroadcasts()
            .AddContestStorage()
            .AddContestEmail()
            .AddMail();
}
