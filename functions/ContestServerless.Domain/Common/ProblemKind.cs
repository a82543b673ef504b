namespace ContestServerless.Domain.Common;

public enum ProblemKind
{
    Invalid,
    NotFound,
    Closed,

    /// <summary>Nobody is signed in (401).</summary>
    Unauthenticated,

    /// <summary>Signed in, but without the role the action needs (403).</summary>
    Forbidden,

    /// <summary>Too many requests from the same client or for the same address (429, with Retry-After).</summary>
    TooManyRequests,

    /// <summary>The body is not in the format the route reads (415).</summary>
    UnsupportedMediaType,

    /// <summary>Storage is busy or briefly unreachable; the same request may simply be sent again (503).</summary>
    Unavailable,

    /// <summary>The request is well formed but clashes with the current state, e.g. a round overlapping another (409).</summary>
    Conflict,

    /// <summary>A change to a versioned record came without the version it was read at (If-Match) (428).</summary>
    PreconditionRequired,

    /// <summary>A change to a versioned record named a version that is no longer current: someone changed it since (412).</summary>
    PreconditionFailed,

    /// <summary>The request's body is larger than the function takes (413).</summary>
    TooLarge,
}
