using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Reminders;

/// <summary>
/// A stack of its own for reminder runs, whose seeded units are set aside so that a run reminds only the units a
/// test adds. Its contest is the usual one: the quick report is due in 14 days, so "report-14" is due today.
/// </summary>
public sealed class ReminderStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new()
    {
        Settings =
        {
            ["SendGrid:MaxAttempts"] = "2",
            ["SendGrid:MaxRetryDelay"] = "00:00:02",
        },
    };

    public ReminderRunService Runs => Stack.Services.GetRequiredService<ReminderRunService>();

    public ReminderPreviewService Previews => Stack.Services.GetRequiredService<ReminderPreviewService>();

    public ReminderSwitchService Switches => Stack.Services.GetRequiredService<ReminderSwitchService>();

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        var register = Stack.Services.GetRequiredService<IUnitRegister>();
        var seeded = await register.ListAsync(CancellationToken.None);
        await register.SaveAsync(seeded.Select(u => u with { Active = false }).ToList(), CancellationToken.None);
    }

    public Task DisposeAsync() => Stack.DisposeAsync();

    /// <summary>Adds units that owe everything, each with one focal point "{id}@example.org" unless told otherwise.</summary>
    public async Task<IReadOnlyList<Unit>> AddUnitsAsync(string prefix, int count, bool withEmail = true)
    {
        var units = Enumerable.Range(1, count)
            .Select(i => new Unit($"{prefix}-{i}", $"Đơn vị nhắc việc {prefix} {i}", "so-ban-nganh", null)
            {
                FocalPoints = withEmail ? [new FocalPoint("", "", $"{prefix}-{i}@example.org", "")] : [],
            })
            .ToList();
        await Stack.Services.GetRequiredService<IUnitRegister>().SaveAsync(units, CancellationToken.None);
        return units;
    }

    public int MessagesTo(string email) => Stack.Outbox.Messages.Count(m => m.To.Contains(email));
}
