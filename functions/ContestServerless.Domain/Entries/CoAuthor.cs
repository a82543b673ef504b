namespace ContestServerless.Domain.Entries;

/// <summary>
/// A member of a group of authors (đồng tác giả) other than the leader, who is the entry's <see cref="Entry.Author"/>.
/// E-mail is optional and may be empty.
/// </summary>
public sealed record CoAuthor(string FullName, int BirthYear, string Workplace, string Phone, string Email);
