using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// A contest's own data seen from outside its scope, as creating, copying and deleting contests need it: a request
/// serves one contest, but a copy reads one register and writes another, and a deletion is recorded in a trail that
/// outlives the contest deleted.
/// </summary>
public interface IContestData
{
    /// <summary>Creates the contest's tables and containers (idempotent), before anything is written into it.</summary>
    Task ProvisionAsync(ContestRecord contest, CancellationToken cancellationToken);

    /// <summary>The contest's unit register.</summary>
    IUnitRegister UnitsOf(ContestRecord contest);

    /// <summary>The contest's audit trail.</summary>
    IAuditLog AuditOf(ContestRecord contest);

    /// <summary>The contest's message log, where SendGrid's delivery events (which name their contest) are applied.</summary>
    IMessageLog MessagesOf(ContestRecord contest);

    /// <summary>Whether any entry was ever started in the contest (whatever became of it).</summary>
    Task<bool> HoldsEntriesAsync(ContestRecord contest, CancellationToken cancellationToken);

    /// <summary>Removes the contest's tables and containers, with everything in them.</summary>
    Task RemoveAsync(ContestRecord contest, CancellationToken cancellationToken);
}
