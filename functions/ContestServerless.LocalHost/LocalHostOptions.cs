namespace ContestServerless.LocalHost;

/// <summary>Settings of the local stand-in for Azure (section "LocalHost").</summary>
public sealed class LocalHostOptions
{
    /// <summary>Origins the browser uploads from; Azure sets Blob CORS in Bicep, locally this host does.</summary>
    public List<string> SiteOrigins { get; set; } = ["http://localhost:7071"];

    /// <summary>
    /// A contest settings file beside the app (e.g. contests/can-tho-2026/contest.json) that stands in for contest.json as
    /// the deployment's first contest. For tests that run another contest as the first one; script/server leaves it empty.
    /// Read before the configuration is built (<see cref="LocalHostApp"/>), so it must come on the command line.
    /// </summary>
    public string? FirstContestFile { get; set; }

    /// <summary>
    /// The key that opens /admin/functions/… to scripts (x-functions-key header), as the Functions host's master
    /// key does; empty means only a signed-in organizer may. script/server makes one in .local/admin.key.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// How many demo entries each demo contest gets; above zero, the demo is seeded (<see cref="DemoSeed"/>): the first
    /// contest judged with results published if it is closed, or given entries if it is open, and the Cần Thơ 2026
    /// contest stored beside it, open, with its register and entries. script/server asks for it.
    /// </summary>
    public int DemoEntries { get; set; }

    /// <summary>
    /// Which platform this host plays in front of the functions. <see cref="PlatformSignIn.Linked"/> (the default) is
    /// Azure as deployed: the Functions app reached only through Static Web Apps, a caller's own x-ms-client-principal
    /// dropped. <see cref="PlatformSignIn.Unprotected"/> plays a misconfigured deployment, where the Functions app's own
    /// host name answers anyone and passes the caller's header on: for testing the deployment's sign-in check
    /// (infra/scripts/check-sign-in.sh), never for use.
    /// </summary>
    public PlatformSignIn Platform { get; set; } = PlatformSignIn.Linked;

    /// <summary>
    /// Whether this host provisions storage and seeds the first contest as it starts (<see cref="LocalProvisioning"/>),
    /// playing the deployment's part (Bicep creates the tables, containers and queues in Azure). False plays an
    /// instance of a deployed app exactly: nothing before the first request (script/bench startup measures it).
    /// </summary>
    public bool Provision { get; set; } = true;
}

public enum PlatformSignIn
{
    Linked,
    Unprotected,
}
