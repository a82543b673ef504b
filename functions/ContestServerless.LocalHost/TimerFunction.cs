using System.Reflection;

namespace ContestServerless.LocalHost;

/// <summary>A timer-triggered function as its [Function] and [TimerTrigger] attributes define it; <see cref="TimerTriggers"/> resolves a "%SETTING%" schedule.</summary>
public sealed record TimerFunction(string Name, string Schedule, MethodInfo Method);
