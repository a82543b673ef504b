using System.Reflection;

namespace ContestServerless.LocalHost;

/// <summary>An HTTP function as its [Function] and [HttpTrigger] attributes define it.</summary>
public sealed record HttpFunction(string Name, string[] Methods, string Route, MethodInfo Method);
