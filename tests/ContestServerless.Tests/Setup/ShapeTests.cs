using System.Reflection;

namespace ContestServerless.Tests.Setup;

/// <summary>
/// The shape the style asks for, checked rather than hoped for: a service that needs more than six collaborators
/// is doing more than one use case and should be split.
/// </summary>
public sealed class ShapeTests
{
    private const int MostDependencies = 6;

    [Fact]
    public void No_production_class_takes_more_than_six_constructor_parameters()
    {
        var assemblies = new[]
        {
            typeof(ContestServerless.Domain.Entries.Entry).Assembly,
            typeof(ContestServerless.Functions.Http.ApiResults).Assembly,
        };

        var crowded = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !IsGenerated(t) && !IsRecord(t))
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Where(c => c.GetParameters().Length > MostDependencies)
                .Select(c => $"{t.FullName} ({c.GetParameters().Length})"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(crowded.Count == 0, "Split these by use case:\n" + string.Join('\n', crowded));
    }

    private static bool IsGenerated(Type type) =>
        type.Name.Contains('<', StringComparison.Ordinal) ||
        type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null ||
        type.Namespace?.StartsWith("ContestServerless", StringComparison.Ordinal) != true;

    // Records are values, not services: their constructor lists their fields.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
