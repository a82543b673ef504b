namespace ContestServerless.Domain.Privacy;

/// <summary>The parent or guardian who consented for an author younger than the guardian age (Law 91/2025/QH15).</summary>
public sealed record Guardian(string FullName, string Relationship, string Phone, DateTimeOffset ConsentedAt);
