using ContestServerless.Domain.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Functions.Http;

/// <summary>Either the user, or the response that refuses them.</summary>
public sealed record Access(SignedInUser? User, IActionResult? Denied);
