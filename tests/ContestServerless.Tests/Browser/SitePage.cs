namespace ContestServerless.Tests.Browser;

/// <summary>
/// A page of the product, where it lives and what shows that it has loaded its data. The path may name
/// {entry} and {code} (a received entry and its receipt code) and {token} (a unit's personal link), {round} (a judging round) and {sealed} (the sealed code of an entry the judge was given).
/// </summary>
public sealed record SitePage(string Name, string Path, Audience Audience, string Ready);
