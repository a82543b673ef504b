using System.Collections.Immutable;
using ContestServerless.Functions.Setup;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The least of a Functions worker invocation a middleware reads: the function's name, the HttpContext kept where the
/// ASP.NET Core integration keeps it (read back through its own <c>GetHttpContext</c>), and the invocation's services.
/// </summary>
public sealed class WorkerCall(string functionName, HttpContext http) : FunctionContext
{
    public override string InvocationId => "test";
    public override string FunctionId => functionName;
    public override TraceContext TraceContext => throw new NotSupportedException();
    public override BindingContext BindingContext => throw new NotSupportedException();
    public override RetryContext RetryContext => throw new NotSupportedException();
    public override IServiceProvider InstanceServices { get; set; } = null!;
    public override FunctionDefinition FunctionDefinition { get; } = new Definition(functionName);
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object> { ["HttpRequestContext"] = http };
    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override string PathToAssembly => typeof(AppSetup).Assembly.Location;
        public override string EntryPoint => name;
        public override string Id => name;
        public override string Name => name;
        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
