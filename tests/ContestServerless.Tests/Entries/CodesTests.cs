using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

public sealed class CodesTests
{
    [Fact]
    public void Receipt_codes_match_when_typed_in_lower_case_without_the_dash()
    {
        Assert.True(Codes.ReceiptMatches("QF0C-XN6V", "qf0cxn6v"));
        Assert.True(Codes.ReceiptMatches("QF0C-XN6V", " qfOc-xn6v "));
    }

    [Fact]
    public void A_different_receipt_code_does_not_match()
    {
        Assert.False(Codes.ReceiptMatches("QF0C-XN6V", "QF0C-XN6W"));
        Assert.False(Codes.ReceiptMatches("QF0C-XN6V", null));
    }

    [Fact]
    public void New_codes_use_only_unambiguous_characters()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => Codes.NewEntryId()).ToList();

        Assert.All(codes, id => Assert.True(Codes.IsWellFormedEntryId(id), id));
        Assert.DoesNotContain(codes, id => id.IndexOfAny(['I', 'L', 'O', 'U']) >= 0);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void A_submit_key_names_its_unit_after_128_random_bits()
    {
        var key = Codes.NewSubmitKey("ubnd-phuong-ninh-kieu");

        Assert.Equal("ubnd-phuong-ninh-kieu", Codes.UnitOfSubmitKey(key));
        Assert.Equal(22, key.IndexOf('.'));
        Assert.NotEqual(key, Codes.NewSubmitKey("ubnd-phuong-ninh-kieu"));
    }

    [Fact]
    public void A_key_without_a_unit_names_none()
    {
        Assert.Null(Codes.UnitOfSubmitKey(Codes.NewSubmitKey()));
        Assert.Null(Codes.UnitOfSubmitKey("abc."));
        Assert.Null(Codes.UnitOfSubmitKey(null));
    }
}
