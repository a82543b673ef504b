using System.Diagnostics;
using System.Globalization;
using ContestServerless.Domain.Broadcasts;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Bench;

/// <summary>
/// A broadcast to N recipients (default 10,000 units, each with one focal point): the real local host (its queue
/// trigger sending the chunks, Table storage, SendGrid client, outbox) against a private Azurite. Times the start
/// (recipients resolved and written, the first chunk queued: "time to queue") and the sending until the broadcast is
/// done ("time to send", at Broadcast:MessagesPerSecond, default here 1,000 to find the ceiling; the app's default
/// is 20), and the process's peak working set. Fails unless every recipient got exactly one message.
/// Arguments: [recipients] [messagesPerSecond]
/// </summary>
public static class BroadcastBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var pace = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var none = CancellationToken.None;

        await using var azurite = await Azurite.StartAsync();
        var site = new Uri($"http://127.0.0.1:{Azurite.FreePort()}");
        var now = DateTimeOffset.UtcNow;
        string At(TimeSpan fromNow) => (now + fromNow).ToString("O", CultureInfo.InvariantCulture);
        var section = OptionsSetup.SectionName<BroadcastOptions>();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["SendGrid:Host"] = new Uri(site, "sendgrid").ToString(),
            ["LocalHost:SiteOrigins:0"] = site.ToString().TrimEnd('/'),
            ["LocalHost:RunTimers"] = "false",
            ["Contest:SubmissionOpensAt"] = At(TimeSpan.FromDays(-7)),
            ["Contest:QuickReportDueAt"] = At(TimeSpan.FromDays(7)),
            ["Contest:SubmissionClosesAt"] = At(TimeSpan.FromDays(14)),
            ["Reminder:SiteUrl"] = site.ToString().TrimEnd('/'),
            [$"{section}:MessagesPerSecond"] = pace.ToString(CultureInfo.InvariantCulture),
            [$"{section}:MaxRecipients"] = Math.Max(count, 50_000).ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };

        await using var app = LocalHostApp.Build(["--urls", site.ToString()], builder => builder.Configuration.AddInMemoryCollection(settings));
        var services = app.Services;
        Console.WriteLine($"Writing a register of {count:N0} units, each with one focal point…");
        await services.GetRequiredService<ContestTables>().Units.CreateIfNotExistsAsync(none);
        await services.GetRequiredService<IUnitRegister>().SaveAsync(Enumerable.Range(1, count).Select(BenchUnit).ToList(), none);
        await app.StartAsync(none);
        var outbox = services.GetRequiredService<Outbox>();
        var options = services.GetRequiredService<BroadcastOptions>();

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var residentBefore = ProcessMemory.Resident();
        var peakResetWorked = ProcessMemory.ResetPeak();
        var requestsBefore = outbox.Requests;

        using var scope = services.CreateScope();
        var broadcasts = scope.ServiceProvider.GetRequiredService<BroadcastService>();
        var organizer = new SignedInUser("bench", "Thư ký bench", [StaffRoles.Organizer]);
        var request = new BroadcastRequest("all-units", null, null, "Thông báo của Ban Tổ chức tới {{ten_don_vi}}",
            "Kính gửi {{nguoi_nhan}},\n\nĐơn vị đã có {{so_bai}} bài dự thi; hạn nhận bài {{han_nop}}.\n\nTrang của đơn vị: {{duong_dan}}\n\n{{ban_to_chuc}}", true);

        var queueing = Stopwatch.StartNew();
        var started = await broadcasts.StartAsync(request, organizer, none);
        queueing.Stop();
        if (started.Problem is { } problem)
        {
            Console.WriteLine($"  FAILED: the broadcast did not start: {problem.Title} {problem.Detail}");
            return 1;
        }
        var id = started.Value!.Id!;

        var sending = Stopwatch.StartNew();
        BroadcastProgress progress;
        while (true)
        {
            progress = (await broadcasts.ProgressAsync(id, none)).Value!;
            if (progress.Broadcast.State == BroadcastState.Done || sending.Elapsed > TimeSpan.FromHours(1)) break;
            await Task.Delay(250);
        }
        sending.Stop();
        var peak = ProcessMemory.Peak();
        var accepted = outbox.Requests - requestsBefore;

        Console.WriteLine();
        Console.WriteLine($"Broadcast to {count:N0} recipients ({section}:MessagesPerSecond = {pace}, ChunkSize = {options.ChunkSize}, {Environment.ProcessorCount} cores):");
        Console.WriteLine($"  Time to queue (resolve, write recipients, queue):  {queueing.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  Time to send through the outbox:                   {sending.Elapsed.TotalSeconds:F1} s ({accepted / sending.Elapsed.TotalSeconds:F0} e-mails/s)");
        Console.WriteLine($"  Sent / failed / skipped:                           {progress.Sent:N0} / {progress.Failed:N0} / {progress.Skipped:N0}; outbox accepted {accepted:N0}");
        Console.WriteLine($"  Resident memory before:                            {ProcessMemory.MiB(residentBefore):F0} MiB");
        Console.WriteLine(peakResetWorked
            ? $"  Peak working set (VmHWM) while queueing and sending: {ProcessMemory.MiB(peak):F0} MiB"
            : $"  Peak working set (VmHWM) of the whole process:      {ProcessMemory.MiB(peak):F0} MiB");
        Console.WriteLine($"  At the app's default pace ({new BroadcastOptions().MessagesPerSecond}/s) the sending would take {count / (double)new BroadcastOptions().MessagesPerSecond / 60:F1} min.");

        await app.StopAsync(none);
        if (progress.Sent == count && accepted == count && progress.Broadcast.State == BroadcastState.Done)
        {
            Console.WriteLine("  OK: every recipient got exactly one message.");
            return 0;
        }
        Console.WriteLine($"  FAILED: {progress.Sent:N0} sent and {accepted:N0} accepted for {count:N0} recipients (state {progress.Broadcast.State})");
        return 1;
    }

    private static Unit BenchUnit(int number) =>
        new($"bench-{number:D5}", $"Đơn vị thử nghiệm số {number}", "so-ban-nganh", null)
        {
            FocalPoints = [new FocalPoint($"Cán bộ đầu mối {number}", "Chuyên viên", $"dau-moi-{number:D5}@example.org", "0912 345 678")],
        };
}
