namespace ContestServerless.Bench;

/// <summary>The process's resident memory as Linux counts it (/proc/self/status).</summary>
public static class ProcessMemory
{
    public static long Resident() => ProcStatus("VmRSS:");

    /// <summary>Peak resident memory (VmHWM): what .NET reports as the peak working set on Linux.</summary>
    public static long Peak() => ProcStatus("VmHWM:");

    /// <summary>Writing 5 to clear_refs resets the kernel's peak-RSS counter, so a peak can cover one phase alone.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double MiB(long bytes) => bytes / (1024.0 * 1024);

    private static long ProcStatus(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}
