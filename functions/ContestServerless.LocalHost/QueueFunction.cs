using System.Reflection;

namespace ContestServerless.LocalHost;

/// <summary>A queue-triggered function as its [Function] and [QueueTrigger] attributes define it.</summary>
public sealed record QueueFunction(string Name, string Queue, MethodInfo Method);
