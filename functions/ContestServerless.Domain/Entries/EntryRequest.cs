namespace ContestServerless.Domain.Entries;

/// <summary>
/// What the entry form sends, exactly as typed; <see cref="EntryValidator"/> decides what is acceptable. <see cref="Author"/>
/// is the sole author or, with <see cref="CoAuthors"/>, the group's leader (trưởng nhóm). The author's own
/// <see cref="Declaration"/> and <see cref="Consent"/> come from the public form; an entry a unit hands in carries the
/// focal point's <see cref="HandIn"/> declaration instead, that the author's signed paper form was received.
/// </summary>
public sealed record EntryRequest(
    string? Title,
    string? Movement,
    string? UnitId,
    AuthorRequest? Author,
    SubjectRequest? Subject,
    FileRequest? File,
    bool? Declaration,
    IReadOnlyList<CoAuthorRequest?>? CoAuthors = null,
    bool? Consent = null,
    Privacy.GuardianRequest? Guardian = null,
    HandInDeclarationRequest? HandIn = null,
    IReadOnlyList<Publishing.MemberConsentRequest?>? Publication = null);

public sealed record AuthorRequest(
    string? FullName,
    int? BirthYear,
    string? Occupation,
    string? Workplace,
    string? Address,
    string? Phone,
    string? Email);

/// <summary>A co-author as the entry form sends it.</summary>
public sealed record CoAuthorRequest(string? FullName, int? BirthYear, string? Workplace, string? Phone, string? Email);

/// <summary>The exemplary person or collective (gương điển hình) the essay is about.</summary>
public sealed record SubjectRequest(string? Name, string? Address, string? Summary);

/// <summary>The file the browser is about to upload, as the browser describes it.</summary>
public sealed record FileRequest(string? Name, long? Size, string? ContentType);

/// <summary>
/// What the unit's focal point declares when handing in an entry collected on paper: the entry form the author signed
/// (with the author's own declaration) and the author's signed consent to processing personal data were received,
/// and who keeps them (nơi lưu phiếu đồng ý). The officer does not consent for the author.
/// </summary>
public sealed record HandInDeclarationRequest(bool? FormReceived, bool? ConsentReceived, string? KeptBy);

/// <summary>The body of a submit: the key handed out when the entry was created.</summary>
public sealed record SubmitRequest(string? SubmitKey);
