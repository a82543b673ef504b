namespace ContestServerless.Domain.Mail;

public sealed record MailAddress(string Email, string Name);
