using System.Diagnostics;
using System.Globalization;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Bench;

/// <summary>
/// A reminder run over N units (default 5,000): the real local host (function classes, Table storage adapters,
/// SendGrid client, outbox) against a private Azurite, a register of N units that each have one focal point and
/// nothing filed, and contest dates that make one step of each deadline due today, so 2 × N reminders and the
/// organizers' digest are due. Times the first run, a second run (which must send nothing) and the preview, and
/// exits non-zero if the runs did not send exactly what was due. Arguments: [units] [parallelism]
/// </summary>
public static class ReminderBench
{
    private const string Organizer = "thuky-bench@example.org";

    public static async Task<int> RunAsync(string[] args)
    {
        var unitCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        int? parallelism = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : null;
        var none = CancellationToken.None;

        await using var azurite = await Azurite.StartAsync();
        var site = new Uri($"http://127.0.0.1:{Azurite.FreePort()}");
        // ReminderOptions binds to the section named after the class ("Reminder"), as in Reminder__Parallelism.
        var section = OptionsSetup.SectionName<ReminderOptions>();
        var now = DateTimeOffset.UtcNow;
        string At(TimeSpan fromNow) => (now + fromNow).ToString("O", CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["SendGrid:Host"] = new Uri(site, "sendgrid").ToString(),
            ["LocalHost:SiteOrigins:0"] = site.ToString().TrimEnd('/'),
            ["LocalHost:RunTimers"] = "false",
            // Today is 7 days before the quick report is due and 14 before submissions close: step 7 of the one
            // and step 14 of the other (Reminder:DaysBefore defaults to 14,7,3,1).
            ["Contest:SubmissionOpensAt"] = At(TimeSpan.FromDays(-7)),
            ["Contest:QuickReportDueAt"] = At(TimeSpan.FromDays(7)),
            ["Contest:SubmissionClosesAt"] = At(TimeSpan.FromDays(14)),
            ["Staff:InitialOrganizers"] = Organizer,
            [$"{section}:SiteUrl"] = site.ToString().TrimEnd('/'),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (parallelism is { } p) settings[$"{section}:Parallelism"] = p.ToString(CultureInfo.InvariantCulture);

        await using var app = LocalHostApp.Build(["--urls", site.ToString()], builder => builder.Configuration.AddInMemoryCollection(settings));
        var services = app.Services;

        // The register is written before the host starts, so the storage initializer finds it filled and does
        // not seed the province's 74 units: the register holds exactly these units.
        Console.WriteLine($"Writing a register of {unitCount:N0} units, each with one focal point, none with entries or a report…");
        var seeding = Stopwatch.StartNew();
        await services.GetRequiredService<ContestTables>().Units.CreateIfNotExistsAsync(none);
        var register = services.GetRequiredService<IUnitRegister>();
        await register.SaveAsync(Enumerable.Range(1, unitCount).Select(BenchUnit).ToList(), none);
        seeding.Stop();
        await app.StartAsync(none);
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"Register written in {seeding.Elapsed.TotalSeconds:F1} s; local host at {address}");

        var runs = services.GetRequiredService<ReminderRunService>();
        var previews = services.GetRequiredService<ReminderPreviewService>();
        var outbox = services.GetRequiredService<Outbox>();
        var options = services.GetRequiredService<ReminderOptions>();
        var organizers = (await services.GetRequiredService<StaffService>().ListAsync(none)).Count(s => s.Roles.Contains(StaffRoles.Organizer));
        var units = await register.ListAsync(none);
        var failures = new List<string>();
        void Check(bool ok, string failure)
        {
            if (!ok) failures.Add(failure);
        }
        Check(parallelism is null || options.Parallelism == parallelism, $"{section}:Parallelism is {options.Parallelism}, not the {parallelism} asked for");

        // What a run loads before it sends anything, timed on its own: the register, then every unit's tally.
        var loading = Stopwatch.StartNew();
        await register.ListAsync(none);
        var listed = loading.Elapsed;
        await services.GetRequiredService<IEntryStore>().GetTalliesAsync(units.Select(u => u.Id).ToList(), none);
        loading.Stop();

        var previewBefore = Stopwatch.StartNew();
        var before = await previews.PreviewAsync(none);
        previewBefore.Stop();
        var dueCount = before.Reminders.Count;
        var expectedDue = 2 * unitCount;
        var expectedDigests = organizers > 0 ? 1 : 0;
        Check(units.Count == unitCount, $"the register holds {units.Count} units, not {unitCount}");
        Check(dueCount == expectedDue, $"the preview shows {dueCount} reminders due, not {expectedDue}");
        Check(before.Reminders.All(r => r.Outlook == ReminderOutlook.WillSend), "the preview before the first run shows reminders not marked 'will send'");

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var residentBefore = ProcessMemory.Resident();
        var peakResetWorked = ProcessMemory.ResetPeak();
        var (benchCpu, azuriteCpu) = (BenchCpu(), AzuriteCpu());

        var requestsBefore = outbox.Requests;
        var firstClock = Stopwatch.StartNew();
        var first = await runs.RunAsync(none);
        firstClock.Stop();
        var (firstBenchCpu, firstAzuriteCpu) = (BenchCpu() - benchCpu, AzuriteCpu() - azuriteCpu);
        var firstMails = outbox.Requests - requestsBefore;
        var newest = outbox.Messages.FirstOrDefault();

        (benchCpu, azuriteCpu) = (BenchCpu(), AzuriteCpu());
        requestsBefore = outbox.Requests;
        var againClock = Stopwatch.StartNew();
        var again = await runs.RunAsync(none);
        againClock.Stop();
        var (againBenchCpu, againAzuriteCpu) = (BenchCpu() - benchCpu, AzuriteCpu() - azuriteCpu);
        var againMails = outbox.Requests - requestsBefore;

        var previewAfter = Stopwatch.StartNew();
        var after = await previews.PreviewAsync(none);
        previewAfter.Stop();
        var peak = ProcessMemory.Peak();

        Check(first.Sent == expectedDue, $"the first run sent {first.Sent} unit reminders, not {expectedDue}");
        Check(first.Failed == 0 && first.Skipped == 0 && first.AlreadyDone == 0,
            $"the first run had {first.Failed} failed, {first.Skipped} skipped, {first.AlreadyDone} already done");
        Check(first.DigestSent == (expectedDigests == 1), $"the first run {(first.DigestSent ? "sent" : "did not send")} the digest to {organizers} organizer(s)");
        Check(firstMails == expectedDue + expectedDigests, $"the outbox received {firstMails} e-mails in the first run, not {expectedDue + expectedDigests}");
        Check(expectedDigests == 0 || newest?.To.SequenceEqual([Organizer]) == true,
            "the outbox's newest message after the first run is not the organizers' digest");
        Check(expectedDigests == 0 || newest?.PlainText.Contains(new Uri(site, "/admin/reminders.html").AbsoluteUri, StringComparison.Ordinal) == true,
            $"the digest does not link to {section}:SiteUrl ({site})");
        Check(again.Sent == 0 && again.Failed == 0 && !again.DigestSent && againMails == 0,
            $"the second run sent {again.Sent} reminders (failed {again.Failed}, digest {again.DigestSent}) and the outbox received {againMails} e-mails");
        Check(again.AlreadyDone == expectedDue, $"the second run found {again.AlreadyDone} steps already done, not {expectedDue}");
        Check(after.Reminders.Count == expectedDue && after.Reminders.All(r => r.Outlook == ReminderOutlook.Sent),
            "the preview after the runs does not show every reminder as sent");

        var messages = firstMails;
        Console.WriteLine();
        Console.WriteLine($"Reminder run over {unitCount:N0} units ({section}:Parallelism = {options.Parallelism}, {Environment.ProcessorCount} cores):");
        Console.WriteLine($"  Units in the register:            {units.Count:N0} ({organizers} organizer(s) for the digest)");
        Console.WriteLine($"  Reminders due today:              {dueCount:N0} ({before.StepsToday[Deadline.Entries]?.Key}, {before.StepsToday[Deadline.QuickReport]?.Key} for every unit)");
        Console.WriteLine($"  First run:                        {first.Sent:N0} sent, {first.Failed} failed, {first.Skipped} skipped, digest {(first.DigestSent ? "sent" : "not sent")}");
        Console.WriteLine($"  E-mails accepted by the outbox:   {messages:N0} (Outbox.Requests; it keeps the newest {outbox.Messages.Count:N0} in memory)");
        Console.WriteLine($"  First run time:                   {firstClock.Elapsed.TotalSeconds:F1} s ({messages / firstClock.Elapsed.TotalSeconds:F0} e-mails/s)");
        Console.WriteLine($"    CPU during it:                  Azurite {firstAzuriteCpu.TotalSeconds:F1} s, app and outbox {firstBenchCpu.TotalSeconds:F1} s");
        Console.WriteLine($"  Second run time:                  {againClock.Elapsed.TotalSeconds:F1} s ({again.Sent} sent, {againMails} e-mails, {again.AlreadyDone:N0} steps already done)");
        Console.WriteLine($"    CPU during it:                  Azurite {againAzuriteCpu.TotalSeconds:F1} s, app {againBenchCpu.TotalSeconds:F1} s");
        Console.WriteLine($"  Preview time:                     {previewBefore.Elapsed.TotalSeconds:F1} s before the first run, {previewAfter.Elapsed.TotalSeconds:F1} s after");
        Console.WriteLine($"  Of which loading (every run):     {loading.Elapsed.TotalSeconds:F1} s (register {listed.TotalSeconds:F1} s, {units.Count:N0} tallies {(loading.Elapsed - listed).TotalSeconds:F1} s)");
        Console.WriteLine($"  Resident memory before the run:   {ProcessMemory.MiB(residentBefore):F0} MiB");
        Console.WriteLine(peakResetWorked
            ? $"  Peak working set (VmHWM) over both runs and the preview: {ProcessMemory.MiB(peak):F0} MiB"
            : $"  Peak working set (VmHWM) of the whole process (could not be reset): {ProcessMemory.MiB(peak):F0} MiB");
        Console.WriteLine($"  Load average at the end (1, 5, 15 min): {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");

        await app.StopAsync(none);
        if (failures.Count == 0)
        {
            Console.WriteLine("  OK: the first run sent every due reminder once, the second run sent nothing.");
            return 0;
        }
        foreach (var failure in failures) Console.WriteLine($"  FAILED: {failure}");
        return 1;
    }

    private static TimeSpan BenchCpu() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>CPU used so far by this process's Azurite (the node child it started).</summary>
    private static TimeSpan AzuriteCpu()
    {
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var total = TimeSpan.Zero;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                // /proc/PID/stat: "pid (comm) state ppid …"; the name may hold spaces, so split after the ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var ppid = stat[(close + 2)..].Split(' ')[1];
                if (name == "node" && ppid == self)
                {
                    using var process = Process.GetProcessById(pid);
                    total += process.TotalProcessorTime;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // The process ended while being read.
            }
        }
        return total;
    }

    private static Unit BenchUnit(int number) =>
        new($"bench-{number:D5}", $"Đơn vị thử nghiệm số {number}", "so-ban-nganh", null)
        {
            FocalPoints = [new FocalPoint($"Cán bộ đầu mối {number}", "Chuyên viên", $"dau-moi-{number:D5}@example.org", "0912 345 678")],
        };
}
