using System.Reflection;
using ContestServerless.Functions.Setup;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.LocalHost;

/// <summary>
/// Runs the Functions app's timer-triggered functions on their NCRONTAB schedules (UTC, with seconds, "%SETTING%"
/// resolved from configuration as the host does), on the app's <see cref="TimeProvider"/>. Also fires one by hand,
/// as the host's admin endpoint does. LocalHost:RunTimers=false leaves the schedules alone (tests that drive a
/// fake clock fire functions themselves).
/// </summary>
public sealed class TimerTriggers(IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<TimerTriggers> logger)
    : BackgroundService
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _nextRuns = new();
    private IReadOnlyList<TimerFunction>? _functions;
    private int _completedRuns;

    /// <summary>When each scheduled timer fires next, once it is waiting for it.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> NextRuns => _nextRuns;

    /// <summary>Runs finished since start, scheduled or by hand; lets a test see that a run happened.</summary>
    public int CompletedRuns => Volatile.Read(ref _completedRuns);

    /// <summary>"%NAME%" is read from the app setting NAME, as the Functions host's name resolver does.</summary>
    public static string Resolve(string schedule, IConfiguration configuration)
    {
        if (schedule.Length < 2 || schedule[0] != '%' || schedule[^1] != '%') return schedule;
        var setting = schedule[1..^1];
        return configuration[setting] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The timer schedule names app setting {setting}, which is not set.");
    }

    private IReadOnlyList<TimerFunction> Functions => _functions ??=
        [.. FunctionCatalog.App.Timers.Select(f => f with { Schedule = Resolve(f.Schedule, configuration) })];

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("LocalHost:RunTimers", true)) return Task.CompletedTask;
        return Task.WhenAll(Functions.Select(f => ScheduleAsync(f, stoppingToken)));
    }

    private async Task ScheduleAsync(TimerFunction function, CancellationToken stoppingToken)
    {
        var schedule = TimerSchedule.Parse(function.Schedule);
        DateTimeOffset? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(clock.GetUtcNow());
            var wait = next - clock.GetUtcNow();
            // The timer is armed before the next run is published: a clock moved by someone who saw the next run (a
            // test's fake clock) then moves an armed timer, rather than one armed a minute after it and never reached.
            var due = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
            _nextRuns[function.Name] = next;
            logger.LogInformation("Timer {Function} runs on {Schedule} (UTC); next at {NextRun}", function.Name, function.Schedule, next);
            try
            {
                await due;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var status = new ScheduleStatus { Last = last?.UtcDateTime ?? default, Next = schedule.NextAfter(next).UtcDateTime, LastUpdated = clock.GetUtcNow().UtcDateTime };
            await RunAsync(function, status, stoppingToken);
            last = next;
        }
    }

    /// <summary>Fires a timer function now, as POST /admin/functions/{name} does on the Functions host.</summary>
    public bool TryFire(string name, CancellationToken stoppingToken)
    {
        var function = Functions.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (function is null) return false;
        _ = Task.Run(() => RunAsync(function, new ScheduleStatus { LastUpdated = clock.GetUtcNow().UtcDateTime }, stoppingToken), CancellationToken.None);
        return true;
    }

    private async Task RunAsync(TimerFunction function, ScheduleStatus status, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var instance = await FunctionInstances.CreateAsync(scope.ServiceProvider, function.Method.DeclaringType!, stoppingToken);
            var timer = new TimerInfo { ScheduleStatus = status, IsPastDue = false };
            var arguments = function.Method.GetParameters().Select(p => Bind(p, timer, stoppingToken)).ToArray();
            if (function.Method.Invoke(instance, arguments) is Task running) await running;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            var failure = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            logger.LogError(failure, "Timer function {Function} failed", function.Name);
        }
        finally
        {
            Interlocked.Increment(ref _completedRuns);
        }
    }

    private static object? Bind(ParameterInfo parameter, TimerInfo timer, CancellationToken stoppingToken)
    {
        if (parameter.ParameterType == typeof(TimerInfo)) return timer;
        if (parameter.ParameterType == typeof(CancellationToken)) return stoppingToken;
        throw new NotSupportedException(
            $"The local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; teach {nameof(TimerTriggers)} to.");
    }
}
