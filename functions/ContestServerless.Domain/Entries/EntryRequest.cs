namespace ContestServerless.Domain.Entries;

/// <summary>What the entry form sends, exactly as typed; <see cref="EntryValidator"/> decides what is acceptable.</summary>
public sealed record EntryRequest(
    string? Title,
    string? Movement,
    string? UnitId,
    AuthorRequest? Author,
    SubjectRequest? Subject,
    FileRequest? File,
    bool? Declaration);
