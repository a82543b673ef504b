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

public sealed record AuthorRequest(
    string? FullName,
    int? BirthYear,
    string? Occupation,
    string? Workplace,
    string? Address,
    string? Phone,
    string? Email);

/// <summary>The exemplary person or collective (gương điển hình) the essay is about.</summary>
public sealed record SubjectRequest(string? Name, string? Address, string? Summary);

/// <summary>The file the browser is about to upload, as the browser describes it.</summary>
public sealed record FileRequest(string? Name, long? Size, string? ContentType);
