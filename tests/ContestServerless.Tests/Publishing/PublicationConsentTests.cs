using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Publishing;

namespace ContestServerless.Tests.Publishing;

/// <summary>
/// The rules of consent to publication on the entry: every author of a group must agree, each is named as they chose,
/// and an entry out of play or erased is never published whatever its authors said.
/// </summary>
public sealed class PublicationConsentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static Entry Group(int coAuthors)
    {
        var sample = Sample.Entry(author: "Nguyễn Thị Lan", receivedAt: Now);
        var entry = new Entry
        {
            Id = sample.Id, UnitId = sample.UnitId, Title = sample.Title, MovementId = sample.MovementId, Author = sample.Author,
            CoAuthors = [.. Enumerable.Range(1, coAuthors).Select(i => new CoAuthor($"Đồng Tác Giả {i}", 1990, "", "", ""))],
            Subject = sample.Subject, File = sample.File, BlobName = sample.BlobName, ReceiptCode = sample.ReceiptCode,
            SubmitKey = sample.SubmitKey, CreatedAt = sample.CreatedAt,
        };
        return Entry.Restore(entry, EntryStatus.Received, Now, null, null, null);
    }

    private static MemberConsent Agree(int member, AuthorNaming naming = AuthorNaming.FullName, string? penName = null) =>
        new(member, PublicationDecision.Agreed, naming, penName, Now, ConsentChannel.EntrantPage);

    private static MemberConsent? Read(MemberConsentRequest request, IDictionary<string, string[]> errors, bool minor = false, MemberConsent? previous = null) =>
        PublicationConsents.Read("members[0]", 0, request, minor, Now, ConsentChannel.EntrantPage, previous, errors);

    [Fact]
    public void A_group_entry_is_published_only_when_every_author_agreed()
    {
        var entry = Group(coAuthors: 2);
        entry.AnswerPublication(Agree(0));
        entry.AnswerPublication(Agree(2, AuthorNaming.PenName, "Hoa Sen"));

        Assert.Equal(PublicationState.Unanswered, entry.Publication);
        Assert.False(entry.MayBePublished);

        entry.AnswerPublication(Agree(1, AuthorNaming.Anonymous));

        Assert.Equal(PublicationState.Agreed, entry.Publication);
        Assert.True(entry.MayBePublished);
        Assert.Equal("Nguyễn Thị Lan, Hoa Sen, Khuyết danh", entry.PublishedAuthor);
    }

    [Fact]
    public void One_author_refusing_keeps_the_whole_group_s_work_unpublished()
    {
        var entry = Group(coAuthors: 1);
        entry.AnswerPublication(Agree(0));
        var errors = new Dictionary<string, string[]>();
        entry.AnswerPublication(PublicationConsents.Read("members[1]", 1, new("refuse", null, null, null), false, Now,
            ConsentChannel.EntrantPage, null, errors)!);

        Assert.Empty(errors);
        Assert.Equal(PublicationState.Refused, entry.Publication);
        Assert.False(entry.MayBePublished);
    }

    [Fact]
    public void Refusing_after_agreeing_is_a_withdrawal()
    {
        var entry = Group(coAuthors: 0);
        entry.AnswerPublication(Agree(0));
        var errors = new Dictionary<string, string[]>();

        entry.AnswerPublication(Read(new("refuse", null, null, null), errors, previous: entry.PublicationConsents[0])!);

        Assert.Equal(PublicationState.Withdrawn, entry.Publication);
        Assert.False(entry.MayBePublished);
    }

    [Fact]
    public void An_author_named_only_by_an_anonymous_choice_reads_Khuyet_danh()
    {
        var entry = Group(coAuthors: 0);
        entry.AnswerPublication(Agree(0, AuthorNaming.Anonymous));

        Assert.Equal("Khuyết danh", entry.PublishedAuthor);
    }

    [Theory]
    [InlineData("Hoa\u0007Sen")]
    [InlineData("Hoa\nSen")]
    [InlineData("Hoa\u200BSen\u202E")]
    public void A_pen_name_with_control_characters_is_refused_in_Vietnamese(string penName)
    {
        var errors = new Dictionary<string, string[]>();

        Read(new("agree", "penName", penName, null), errors);

        Assert.Equal("Mục bút danh chứa ký tự không hợp lệ.", Assert.Single(errors["members[0].penName"]));
    }

    [Fact]
    public void A_pen_name_is_required_when_chosen_and_the_answer_must_be_a_known_word()
    {
        var errors = new Dictionary<string, string[]>();

        Read(new("agree", "penName", "  ", null), errors);
        PublicationConsents.Read("members[1]", 1, new("maybe", null, null, null), false, Now, ConsentChannel.EntrantPage, null, errors);
        PublicationConsents.Read("members[2]", 2, new("agree", "nickname", null, null), false, Now, ConsentChannel.EntrantPage, null, errors);

        Assert.Equal("Vui lòng nhập bút danh.", Assert.Single(errors["members[0].penName"]));
        Assert.Contains("đồng ý hoặc không đồng ý", Assert.Single(errors["members[1].answer"]));
        Assert.Contains("tên thật, bút danh hoặc khuyết danh", Assert.Single(errors["members[2].naming"]));
    }

    [Fact]
    public void A_minor_s_consent_needs_the_guardian_s_name()
    {
        var errors = new Dictionary<string, string[]>();

        Assert.NotNull(Read(new("agree", "fullName", null, null), errors, minor: true));
        Assert.Contains("người giám hộ", Assert.Single(errors["members[0].guardianName"]));

        errors.Clear();
        var given = Read(new("agree", "fullName", null, "Lâm Thị Mẹ"), errors, minor: true);
        Assert.Empty(errors);
        Assert.Equal("Lâm Thị Mẹ", given!.GuardianName);
    }

    [Fact]
    public void No_answer_is_no_consent()
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Null(Read(new(null, "fullName", null, null), errors));
        Assert.Empty(errors);
        Assert.Equal(PublicationState.Unanswered, Group(coAuthors: 0).Publication);
    }

    [Fact]
    public void A_withdrawn_entry_is_never_published_and_loses_its_answers_when_erased()
    {
        var entry = Group(coAuthors: 0);
        entry.AnswerPublication(Agree(0, AuthorNaming.PenName, "Hoa Sen"));
        Assert.True(entry.MayBePublished);

        entry.Withdraw(Now);

        Assert.False(entry.MayBePublished);
        entry.Deidentify(Now);
        Assert.Empty(entry.PublicationConsents);
    }

    [Fact]
    public void An_erased_entry_is_never_published_even_if_still_in_play()
    {
        var entry = Group(coAuthors: 0);
        entry.AnswerPublication(Agree(0));

        entry.RestorePrivacy(0, null, Now).RestorePublication([Agree(0)]);

        Assert.True(entry.InPlay);
        Assert.False(entry.MayBePublished);
    }

    [Fact]
    public void An_excluded_or_copied_entry_is_never_published()
    {
        var excluded = Group(coAuthors: 0);
        excluded.AnswerPublication(Agree(0));
        excluded.Flag(["Tác giả là thành viên Ban Tổ chức"]);
        excluded.DecideEligibility(EligibilityDecision.Excluded, "Thành viên Ban Tổ chức", "bto", Now);

        var copy = Group(coAuthors: 0);
        copy.AnswerPublication(Agree(0));
        copy.MarkAsCopy("ABCDEFGH", "Trùng nội dung", "bto", Now);

        Assert.False(excluded.MayBePublished);
        Assert.False(copy.MayBePublished);
    }
}
