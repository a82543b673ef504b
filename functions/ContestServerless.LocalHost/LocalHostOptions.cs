namespace ContestServerless.LocalHost;

/// <summary>Settings of the local stand-in for Azure (section "LocalHost").</summary>
public sealed class LocalHostOptions
{
    /// <summary>Origins the browser uploads from; Azure sets Blob CORS in Bicep, locally this host does.</summary>
    public List<string> SiteOrigins { get; set; } = ["http://localhost:7071"];

    /// <summary>
    /// When set, a file (relative to the repository) holding the demo contest's dates, written on the first
    /// start with deadlines in the future so every flow can be tried; later starts reuse it.
    /// </summary>
    public string? DemoContestFile { get; set; }

    /// <summary>
    /// The key that opens /admin/functions/… to scripts (x-functions-key header), as the Functions host's master
    /// key does; empty means only a signed-in organizer may. script/server makes one in .local/admin.key.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>How many demo entries to create when the store has none (script/server asks for some).</summary>
    public int DemoEntries { get; set; }
}
