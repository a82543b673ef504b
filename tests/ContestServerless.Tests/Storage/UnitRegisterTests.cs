using ContestServerless.Domain.Units;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Tests.Storage;

[Collection(StackCollection.Name)]
public sealed class UnitRegisterTests(ContestStack stack)
{
    private readonly IUnitRegister _units = stack.Services.GetRequiredService<IUnitRegister>();

    [Fact]
    public async Task Seeding_a_register_that_has_units_changes_nothing()
    {
        var before = (await _units.ListAsync(CancellationToken.None)).Count;

        var seeded = await _units.SeedAsync([new Unit("so-noi-vu", "Tên khác", "huyen", null)], CancellationToken.None);

        Assert.False(seeded);
        Assert.Equal("Sở Nội vụ", (await _units.FindAsync("so-noi-vu", CancellationToken.None))!.Name);
        Assert.Equal(before, (await _units.ListAsync(CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("khong-co")]
    [InlineData("a/b")]
    [InlineData("#?")]
    [InlineData("")]
    public async Task Unknown_or_unstorable_unit_ids_are_not_found(string id)
    {
        Assert.Null(await _units.FindAsync(id, CancellationToken.None));
    }
}
