namespace ContestServerless.Tests.Infrastructure;

/// <summary>Browser tests that run the product on the 2026 Cần Thơ contest share one such stack.</summary>
[CollectionDefinition(Name)]
public sealed class CanThoCollection : ICollectionFixture<CanThoStack>
{
    public const string Name = "Cần Thơ 2026 stack";
}
