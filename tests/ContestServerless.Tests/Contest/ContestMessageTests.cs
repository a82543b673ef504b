using ContestServerless.Functions.Contest;

namespace ContestServerless.Tests.Contest;

public sealed class ContestMessageTests
{
    [Fact]
    public void A_queued_message_carries_its_contest_and_reads_back()
    {
        var message = ContestJobs.Wrap("can-tho-2027", "{\"unitId\":\"so-noi-vu\",\"entryId\":\"ABC123\"}");

        Assert.Equal(("can-tho-2027", "{\"unitId\":\"so-noi-vu\",\"entryId\":\"ABC123\"}"), ContestJobs.Unwrap(message));
    }

    [Theory]
    [InlineData("K7M2Q9")]
    [InlineData("{\"unitId\":\"a|b\",\"entryId\":\"K7M2Q9\"}")]
    [InlineData("|K7M2Q9")]
    [InlineData("Khong Hop Le|K7M2Q9")]
    public void A_message_queued_before_messages_named_their_contest_belongs_to_the_default_contest(string message)
    {
        Assert.Equal((null, message), ContestJobs.Unwrap(message));
    }
}
