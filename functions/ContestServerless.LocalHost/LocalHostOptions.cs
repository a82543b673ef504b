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
}
