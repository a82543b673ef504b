using System.Reflection;
using ContestServerless.Domain.Mail;

namespace ContestServerless.Tests.Mail;

/// <summary>
/// Every e-mail leaves through <see cref="MailOutbox"/>: a class that takes the mail service itself would send
/// around the outbox's claim, its log and its turning of a failure into a recorded delivery.
/// </summary>
public sealed class OneOutboxTests
{
    [Fact]
    public void Only_the_outbox_takes_the_mail_service()
    {
        var takers = new[] { typeof(MailOutbox).Assembly, typeof(ContestServerless.Functions.Http.ApiResults).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IMailer))))
            .Select(t => t.FullName)
            .ToList();

        Assert.Equal([typeof(MailOutbox).FullName], takers);
    }
}
