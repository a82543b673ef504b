namespace ContestServerless.LocalHost;

/// <summary>SendGrid's own error shape, so the client reports errors as it would in production.</summary>
public sealed record SendGridErrorsView(IReadOnlyList<SendGridErrorView> Errors);
