using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ContestServerless.Functions.Entries;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Bench;

/// <summary>
/// What the entrant's lookup (GET /api/entries/{id}?receipt=…) costs for each kind of guess, against one private
/// Azurite and the local host run as its own process: an unknown id, a malformed id, a real id with a wrong receipt
/// code, and the right code. Each is asked N times (default 400), interleaved, and the median is printed: the first
/// three answer the same 404 and should cost the same (the same storage reads, see SecretGuardedFind). Figures only;
/// no verdict. Arguments: [samples]
/// </summary>
public static class LookupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var samples = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        var repository = LocalHostApp.FindRepositoryRoot();
        await using var azurite = await Azurite.StartAsync();
        await using var worker = new FaultBench.Worker(repository, azurite.ConnectionString);
        await worker.StartAsync();
        using var site = new HttpClient { BaseAddress = worker.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var pdf = TestFiles.Pdf();
        using var created = await site.PostAsJsonAsync("/api/entries", BenchForm.For("so-noi-vu", 0, pdf.Length));
        var ticket = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<UploadTicketView>(web))!;
        using (var storage = new HttpClient()) await SubmitBench.PutAsync(storage, new Uri(ticket.UploadUrl), pdf);
        using var submitted = await site.PostAsJsonAsync($"/api/entries/{ticket.Id}/submit", new { ticket.SubmitKey });
        var receipt = (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ReceiptView>(web))!;
        var id = receipt.Id;

        var kinds = new (string Name, string Path)[]
        {
            ("unknown id", "/api/entries/K7P29XQ4MZ?receipt=AAAA-BBBB"),
            ("malformed id", "/api/entries/abc!?receipt=AAAA-BBBB"),
            ("real id, wrong code", $"/api/entries/{id}?receipt=AAAA-BBBB"),
            ("real id, right code", $"/api/entries/{id}?receipt={receipt.ReceiptCode}"),
        };
        var times = kinds.Select(_ => new List<double>()).ToArray();
        for (var round = -20; round < samples; round++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await site.GetAsync(kinds[k].Path);
                await response.Content.ReadAsByteArrayAsync();
                // The first rounds warm the connection and the worker's code up.
                if (round >= 0) times[k].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"Entrant's lookup, median of {samples:N0} (HTTP round trip on this machine):");
        for (var k = 0; k < kinds.Length; k++)
            Console.WriteLine($"  {kinds[k].Name,-22} {Median(times[k]):F2} ms");
        return 0;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
