namespace ContestServerless.Domain.Entries;

public sealed record Author(
    string FullName, int BirthYear, string Occupation, string Workplace, string Address, string Phone, string Email);
