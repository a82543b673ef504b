using System.Reflection;

namespace ContestServerless.LocalHost;

/// <summary>
/// An HTTP function as its [Function] and [HttpTrigger] attributes define it. <paramref name="Level"/> is the key the
/// Functions host asks for: Admin wants the master key, which the local host stands in for with LocalHost:AdminKey.
/// </summary>
public sealed record HttpFunction(string Name, string[] Methods, string Route, MethodInfo Method,
    Microsoft.Azure.Functions.Worker.AuthorizationLevel Level = Microsoft.Azure.Functions.Worker.AuthorizationLevel.Anonymous);
