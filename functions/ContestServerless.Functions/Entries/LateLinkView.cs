using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

/// <summary>An issued late-entry link: the entry form's address to send (the token rides in its fragment) and what it allows.</summary>
public sealed record LateLinkView(string? UnitId, string? PersonName, string Path, DateTimeOffset ExpiresAt)
{
    public static LateLinkView Of(LateLink link) =>
        new(link.Pass.UnitId, link.Pass.PersonName, LateLinks.FormPath(link.Token), VietnamTime.ToLocal(link.Pass.ExpiresAt));
}
