using ContestServerless.Domain.Reading;
using ContestServerless.Functions.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Tests.Reading;

public sealed class ReadingSetupTests
{
    [Fact]
    public void The_essay_reader_is_one_for_the_app()
    {
        using var provider = new ServiceCollection().AddLogging().AddReading().BuildServiceProvider();
        using var scope = provider.CreateScope();

        var reader = provider.GetRequiredService<IEssayReader>();

        Assert.IsType<EssayReader>(reader);
        Assert.Same(reader, scope.ServiceProvider.GetRequiredService<IEssayReader>());
    }
}
