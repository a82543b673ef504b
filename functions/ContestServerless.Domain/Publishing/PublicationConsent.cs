using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Publishing;

/// <summary>How an author wants to be named when the work is published (công bố với tên thật, bút danh hoặc khuyết danh).</summary>
public enum AuthorNaming
{
    FullName,
    PenName,
    Anonymous,
}

/// <summary>An author's answer about publication; an author with no answer has none on the entry.</summary>
public enum PublicationDecision
{
    /// <summary>Đồng ý công bố.</summary>
    Agreed,

    /// <summary>Không đồng ý: the author said no before ever agreeing.</summary>
    Refused,

    /// <summary>Đã rút lại: the author agreed, then took it back; the work leaves the reading room at once.</summary>
    Withdrawn,
}

/// <summary>
/// One author's consent to publishing the work (đồng ý công bố tác phẩm), separate from the consent to processing
/// personal data: which author (<see cref="Member"/>: 0 the leader or sole author, then the co-authors in order), the
/// answer, how they want to be named, when and where it was given, and for a minor the guardian who gave it.
/// </summary>
public sealed record MemberConsent(
    int Member,
    PublicationDecision Decision,
    AuthorNaming Naming,
    string? PenName,
    DateTimeOffset At,
    ConsentChannel Channel,
    string? GuardianName = null)
{
    public bool Agreed => Decision == PublicationDecision.Agreed;
}

/// <summary>Where an answer was given: with the entry form, or later on the entrant's own page.</summary>
public enum ConsentChannel
{
    EntryForm,
    EntrantPage,
}

/// <summary>The entry's publication state as organizers see it: the authors' answers taken together.</summary>
public enum PublicationState
{
    /// <summary>Chưa trả lời: at least one author has not answered, and nobody refused.</summary>
    Unanswered,

    /// <summary>Đồng ý công bố: every author agreed.</summary>
    Agreed,

    /// <summary>Không đồng ý: an author refused.</summary>
    Refused,

    /// <summary>Đã rút lại: an author withdrew an earlier consent.</summary>
    Withdrawn,
}

/// <summary>An author's answer as a form sends it: "agree" or "refuse", the naming word, the pen name, a minor's guardian.</summary>
public sealed record MemberConsentRequest(string? Answer, string? Naming, string? PenName, string? GuardianName);

/// <summary>The entrant page's answers, one per author in the entry's order (null or a missing item: no answer).</summary>
public sealed record PublicationConsentRequest(IReadOnlyList<MemberConsentRequest?>? Members);

/// <summary>The rules of an author's answer, shared by the entry form and the entrant page.</summary>
public static class PublicationConsents
{
    public const string Anonymous = "Khuyết danh";

    public const int MaxPenName = 100;

    private static readonly Choice<AuthorNaming> Namings = new("Vui lòng chọn cách ghi tên tác giả khi công bố: tên thật, bút danh hoặc khuyết danh.",
        ("fullName", AuthorNaming.FullName), ("penName", AuthorNaming.PenName), ("anonymous", AuthorNaming.Anonymous));

    private static readonly FreeText PenName = new("bút danh", MaxPenName, Missing: "Vui lòng nhập bút danh.");

    private static readonly FreeText GuardianName = new("họ và tên người giám hộ đồng ý công bố", 100,
        Missing: "Tác giả chưa đủ tuổi tự quyết định: vui lòng nhập họ và tên cha, mẹ hoặc người giám hộ đồng ý công bố.");

    /// <summary>
    /// Reads one author's answer under "<paramref name="field"/>.…" keys: null when the author gave none (no answer word),
    /// else the consent at <paramref name="at"/>. A refusal needs no naming; a minor's answer needs the guardian's name.
    /// </summary>
    public static MemberConsent? Read(string field, int member, MemberConsentRequest? request, bool minor, DateTimeOffset at,
        ConsentChannel channel, MemberConsent? previous, IDictionary<string, string[]> errors)
    {
        var answer = Text.Clean(request?.Answer);
        if (answer.Length == 0) return null;
        if (answer is not ("agree" or "refuse"))
        {
            errors[$"{field}.answer"] = ["Vui lòng chọn đồng ý hoặc không đồng ý công bố tác phẩm."];
            return null;
        }
        string? guardian = minor ? GuardianName.Read($"{field}.guardianName", request!.GuardianName, errors) : null;
        if (answer == "refuse")
            return new MemberConsent(member, previous is { Decision: PublicationDecision.Agreed or PublicationDecision.Withdrawn }
                ? PublicationDecision.Withdrawn : PublicationDecision.Refused, AuthorNaming.FullName, null, at, channel, guardian);
        var naming = Namings.Read($"{field}.naming", request!.Naming, errors) ?? AuthorNaming.FullName;
        var penName = naming == AuthorNaming.PenName ? PenName.Read($"{field}.penName", request.PenName, errors) : null;
        return new MemberConsent(member, PublicationDecision.Agreed, naming, penName, at, channel, guardian);
    }

    /// <summary>The entry's state from its authors' answers (<paramref name="members"/> authors in all).</summary>
    public static PublicationState StateOf(IReadOnlyList<MemberConsent> consents, int members) =>
        consents.Any(c => c.Decision == PublicationDecision.Withdrawn) ? PublicationState.Withdrawn
        : consents.Any(c => c.Decision == PublicationDecision.Refused) ? PublicationState.Refused
        : Enumerable.Range(0, members).All(m => consents.Any(c => c.Member == m && c.Agreed)) ? PublicationState.Agreed
        : PublicationState.Unanswered;

    /// <summary>The name one author chose to be published under.</summary>
    public static string NameOf(MemberConsent consent, string fullName) => consent.Naming switch
    {
        AuthorNaming.PenName => consent.PenName ?? Anonymous,
        AuthorNaming.Anonymous => Anonymous,
        _ => fullName,
    };

    /// <summary>What the state and one author's naming read as, in Vietnamese, for organizers.</summary>
    public static string Label(PublicationState state) => state switch
    {
        PublicationState.Agreed => "Đồng ý công bố",
        PublicationState.Refused => "Không đồng ý",
        PublicationState.Withdrawn => "Đã rút lại",
        _ => "Chưa trả lời",
    };

    public static string Label(AuthorNaming naming) => naming switch
    {
        AuthorNaming.PenName => "bút danh",
        AuthorNaming.Anonymous => "khuyết danh",
        _ => "tên thật",
    };
}
