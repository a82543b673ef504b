namespace ContestServerless.Bench;

/// <summary>A process's resident memory as Linux counts it (/proc/self/status, or another process's).</summary>
public static class ProcessMemory
{
    public static long Resident() => ProcStatus("self", "VmRSS:");

    /// <summary>Peak resident memory (VmHWM): what .NET reports as the peak working set on Linux.</summary>
    public static long Peak() => ProcStatus("self", "VmHWM:");

    /// <summary>Another process's resident memory now (a worker the benchmark started).</summary>
    public static long Resident(int processId) => ProcStatus(processId.ToString(System.Globalization.CultureInfo.InvariantCulture), "VmRSS:");

    /// <summary>Another process's peak resident memory since it started.</summary>
    public static long Peak(int processId) => ProcStatus(processId.ToString(System.Globalization.CultureInfo.InvariantCulture), "VmHWM:");

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

    /// <summary>Runs one step and prints its time, peak resident growth and allocations, then what it answered.</summary>
    public static void Measure(string what, Func<string> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Resident();
        var peakReset = ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = run();
        clock.Stop();
        var allocatedMiB = MiB(GC.GetTotalAllocatedBytes(precise: true) - allocated);
        var growth = MiB(Math.Max(0, Peak() - before));
        Console.WriteLine($"{what}:");
        Console.WriteLine($"  {clock.Elapsed.TotalMilliseconds:N0} ms, peak resident growth {growth:N1} MiB{(peakReset ? "" : " (peak not reset: since start)")}, allocated {allocatedMiB:N1} MiB");
        Console.WriteLine($"  {outcome}");
    }

    private static long ProcStatus(string process, string field) =>
        long.Parse(File.ReadLines($"/proc/{process}/status").First(l => l.StartsWith(field, StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}
