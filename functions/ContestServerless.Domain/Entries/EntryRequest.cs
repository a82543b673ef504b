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
    HandInDeclarationRequest? HandIn = null);
