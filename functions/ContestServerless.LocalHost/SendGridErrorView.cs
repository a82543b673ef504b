namespace ContestServerless.LocalHost;

public sealed record SendGridErrorView(string Message, string? Field);
