using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Staff;
using ContestServerless.LocalHost;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Bench;

/// <summary>
/// Submissions under faults: N entrants (default 400, 16 at once) create, upload and submit against the real local
/// host, started as its own process from the built ContestServerless.LocalHost.dll (as script/server does), over a
/// private Azurite kept on disk. Mid-run the worker is killed (SIGKILL) and started again, and later Azurite is
/// restarted gracefully (SIGTERM, then again on the same ports and folder; it writes to disk only every few
/// seconds, so a kill would lose data no app could keep). Entrants retry connection errors, 503 and 5xx, at most
/// 5 times each, keeping their submit key. Then storage is counted: receipts given, received entries, blobs,
/// the sum of the units' tallies, receipts without their entry. Exits non-zero when anything was lost or counted
/// twice, or an entrant gave up. Arguments: [submissions] [concurrency]
/// </summary>
public static class FaultBench
{
    private const int MaxRetries = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var submissions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var repository = LocalHostApp.FindRepositoryRoot();
        var dataFolder = Directory.CreateTempSubdirectory("contest-faults-");
        try
        {
            await using var azurite = new DiskAzurite(repository, dataFolder.FullName);
            await azurite.StartAsync();
            await using var worker = new Worker(repository, azurite.ConnectionString);
            await worker.StartAsync();

            var http = new HttpClient { BaseAddress = worker.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var units = (await http.GetFromJsonAsync<JsonArray>("/api/units"))!
                .Select(u => u!["id"]!.GetValue<string>()).ToArray();
            var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

            var receipts = new ConcurrentDictionary<string, string>();
            var retries = new ConcurrentBag<int>();
            var failures = new ConcurrentBag<string>();
            var faults = new List<string>();
            var done = 0;
            var killAt = submissions / 4;
            var restartStorageAt = submissions * 3 / 5;
            var clock = Stopwatch.StartNew();

            // The faults, triggered by progress so they land mid-run however fast the machine is.
            var chaos = Task.Run(async () =>
            {
                while (Volatile.Read(ref done) < killAt) await Task.Delay(20);
                var down = Stopwatch.StartNew();
                worker.Kill();
                await Task.Delay(500);
                await worker.StartAsync();
                faults.Add($"worker killed at {killAt} receipts, serving again after {down.Elapsed.TotalSeconds:0.0} s");

                while (Volatile.Read(ref done) < restartStorageAt) await Task.Delay(20);
                down.Restart();
                await azurite.StopGracefullyAsync();
                await azurite.StartAsync();
                faults.Add($"Azurite stopped (SIGTERM) at {restartStorageAt} receipts, serving again after {down.Elapsed.TotalSeconds:0.0} s");
            });

            await Parallel.ForEachAsync(Enumerable.Range(0, submissions), new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                async (i, _) =>
                {
                    var entrant = new FaultyEntrant(http);
                    try
                    {
                        var (id, code) = await entrant.EnterAsync(BenchForm.For(units[i % units.Length], i, pdf.Length), pdf);
                        receipts[id] = code;
                    }
                    catch (Exception e)
                    {
                        failures.Add($"{i}: {e.Message}");
                    }
                    retries.Add(entrant.Retries);
                    Interlocked.Increment(ref done);
                });
            var elapsed = clock.Elapsed;
            await chaos.WaitAsync(TimeSpan.FromSeconds(60));

            // Counted in storage itself, not through the app.
            var tables = new TableServiceClient(azurite.ConnectionString);
            var entries = tables.GetTableClient("Entries");
            var received = new Dictionary<string, string>();
            var tallies = 0;
            await foreach (var row in entries.QueryAsync<TableEntity>())
            {
                if (row.RowKey == "tally" || row.RowKey.StartsWith("tally-", StringComparison.Ordinal)) tallies += row.GetInt32("ReceivedEntries") ?? 0;
                else if (row.RowKey.StartsWith("entry-", StringComparison.Ordinal) && row.GetString("Status") == "Received")
                    received[row.GetString("EntryId")!] = row.GetString("ReceiptCode")!;
            }
            var blobs = 0;
            await foreach (var _ in new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("entries").GetBlobsAsync()) blobs++;
            var orphanReceipts = receipts.Count(r => !received.TryGetValue(r.Key, out var code) || code != r.Value);

            Console.WriteLine($"Fault bench: {submissions} submissions, {concurrency} at once, {elapsed.TotalSeconds:0.0} s");
            foreach (var fault in faults) Console.WriteLine($"  fault: {fault}");
            Console.WriteLine($"  receipts given:                {receipts.Count}");
            Console.WriteLine($"  received entries:              {received.Count}");
            Console.WriteLine($"  blobs in the entries container: {blobs}");
            Console.WriteLine($"  sum of the units' tallies:     {tallies}");
            Console.WriteLine($"  receipts without their entry:  {orphanReceipts}");
            Console.WriteLine($"  entrants who gave up:          {failures.Count}");
            Console.WriteLine($"  max retries of an entrant:     {retries.Max()} (entrants that retried: {retries.Count(r => r > 0)})");
            Console.WriteLine($"  retries by cause:              {string.Join(", ", FaultyEntrant.RetryReasons.OrderBy(r => r.Key).Select(r => $"{r.Key}: {r.Value}"))}");
            Console.WriteLine($"  uploads stored whose answer was lost: {FaultyEntrant.LostUploadAnswers} (the retry was refused as an overwrite; submit went on)");
            foreach (var failure in failures.Take(5)) Console.WriteLine($"    gave up: {failure}");

            var sound = failures.IsEmpty && orphanReceipts == 0 && received.Count == receipts.Count && tallies == received.Count
                && blobs == received.Count && faults.Count == 2;
            Console.WriteLine(sound ? "  OK: nothing lost, nothing counted twice" : "  FAILED: the counts disagree or an entrant gave up");
            return sound ? 0 : 1;
        }
        finally
        {
            try
            {
                dataFolder.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The entry form's flow with a browser's patience: connection errors, 503 and 5xx are tried again.</summary>
    private sealed class FaultyEntrant(HttpClient http)
    {
        private static readonly HttpClient Storage = new() { Timeout = TimeSpan.FromSeconds(30) };

        public int Retries { get; private set; }

        public async Task<(string Id, string ReceiptCode)> EnterAsync(JsonObject form, byte[] file)
        {
            var created = await SendAsync(() => http.PostAsJsonAsync("/api/entries", form), HttpStatusCode.Created);
            var ticket = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
            var id = ticket["id"]!.GetValue<string>();
            var submitKey = ticket["submitKey"]!.GetValue<string>();
            var uploadUrl = new Uri(ticket["uploadUrl"]!.GetValue<string>());

            await SendAsync(() =>
            {
                var upload = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(file) };
                upload.Headers.Add("x-ms-blob-type", "BlockBlob");
                upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                return Storage.SendAsync(upload);
            }, HttpStatusCode.Created,
            // The link may only create the blob: when storage stored an upload but its answer was lost, the retry
            // is refused as an overwrite. Submit checks what arrived, so the entrant goes on to submit.
            alsoAfterRetry: response => response.StatusCode == HttpStatusCode.Forbidden
                && response.Headers.TryGetValues("x-ms-error-code", out var codes) && codes.Contains("AuthorizationPermissionMismatch"));

            var submitted = await SendAsync(() => http.PostAsJsonAsync($"/api/entries/{id}/submit", new { submitKey }), HttpStatusCode.OK);
            var receipt = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
            return (id, receipt["receiptCode"]!.GetValue<string>());
        }

        /// <summary>Why entrants retried: "503", "500", … or "no connection".</summary>
        public static readonly ConcurrentDictionary<string, int> RetryReasons = new();

        /// <summary>Overwrite refusals met after a lost answer, so the report can say how often storage dropped one.</summary>
        public static int LostUploadAnswers;

        private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected,
            Func<HttpResponseMessage, bool>? alsoAfterRetry = null)
        {
            var retried = false;
            for (var delay = TimeSpan.FromSeconds(1); ; delay *= 2)
            {
                TimeSpan? wait;
                string why;
                try
                {
                    var response = await send();
                    if (response.StatusCode == expected) return response;
                    if (retried && alsoAfterRetry?.Invoke(response) == true)
                    {
                        Interlocked.Increment(ref LostUploadAnswers);
                        return response;
                    }
                    var status = (int)response.StatusCode;
                    why = $"{status} {await response.Content.ReadAsStringAsync()}";
                    if (status < 500) throw new InvalidOperationException(why);
                    wait = response.Headers.RetryAfter?.Delta;
                    RetryReasons.AddOrUpdate(status.ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    why = e.Message;
                    wait = null;
                    RetryReasons.AddOrUpdate(e is TaskCanceledException ? "timeout" : "no connection", 1, (_, n) => n + 1);
                }
                if (Retries == MaxRetries) throw new InvalidOperationException($"gave up after {MaxRetries} retries: {why}");
                Retries++;
                retried = true;
                await Task.Delay(wait is { } w && w < delay ? w : delay);
            }
        }
    }

    /// <summary>Azurite kept in a folder on fixed ports, so it can be stopped and started again with its data.</summary>
    private sealed class DiskAzurite(string repository, string folder) : IAsyncDisposable
    {
        private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        private readonly int[] _ports = [Azurite.FreePort(), Azurite.FreePort(), Azurite.FreePort()];
        private Process? _process;

        public string ConnectionString =>
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

        public async Task StartAsync()
        {
            _process = Process.Start(new ProcessStartInfo(Path.Combine(repository, "node_modules", ".bin", "azurite"),
            [
                "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--location", folder,
                "--blobHost", "127.0.0.1", "--blobPort", $"{_ports[0]}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{_ports[1]}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{_ports[2]}",
            ])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            await Listening.WaitAsync(_ports, _process, "Azurite");
        }

        /// <summary>SIGTERM, then wait: Azurite saves its tables and blob metadata to disk as it stops.</summary>
        public async Task StopGracefullyAsync()
        {
            if (_process is null || _process.HasExited) return;
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(patience.Token);
            _process.Dispose();
            _process = null;
        }

        public async ValueTask DisposeAsync()
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
            if (_process is not null) await _process.WaitForExitAsync();
            _process?.Dispose();
        }
    }

    /// <summary>The local host as its own process, the built dll run as script/server runs it (the submit bench uses it too).</summary>
    internal sealed class Worker(string repository, string storage) : IAsyncDisposable
    {
        private readonly int _port = Azurite.FreePort();
        private Process? _process;

        public Uri BaseAddress => new($"http://127.0.0.1:{_port}");

        /// <summary>The running worker's process id, for reading its memory from /proc.</summary>
        public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The worker is not running.");

        public async Task StartAsync()
        {
            var dll = Path.Combine(repository, "functions", "ContestServerless.LocalHost", "bin", "Release", "net10.0", "ContestServerless.LocalHost.dll");
            if (!File.Exists(dll)) throw new InvalidOperationException($"Build the local host first (script/bench does): {dll} is missing.");
            var now = DateTimeOffset.UtcNow;
            string At(TimeSpan fromNow) => (now + fromNow).ToString("O", CultureInfo.InvariantCulture);
            var site = BaseAddress.ToString().TrimEnd('/');
            _process = Process.Start(new ProcessStartInfo("dotnet",
            [
                dll, "--urls", site,
                $"--Storage:ConnectionString={storage}",
                $"--SendGrid:Host={site}/sendgrid",
                $"--LocalHost:SiteOrigins:0={site}",
                "--LocalHost:RunTimers=false",
                $"--Contest:SubmissionOpensAt={At(TimeSpan.FromDays(-7))}",
                $"--Contest:QuickReportDueAt={At(TimeSpan.FromDays(14))}",
                $"--Contest:SubmissionClosesAt={At(TimeSpan.FromDays(30))}",
                // Load runs need neither the challenge nor the rate limits of the public form.
                "--Abuse:Enabled=false",
                "--Logging:LogLevel:Default=Error",
            ])
            { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! })!;
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            await Listening.WaitAsync([_port], _process, "the local host");
        }

        /// <summary>
        /// A client signed in as an organizer through the worker's stand-in for the platform's sign-in (the tests'
        /// TestStaff does the same against their in-process stack, which the benchmarks do not link).
        /// </summary>
        public async Task<HttpClient> SignInAsOrganizerAsync()
        {
            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = BaseAddress,
                Timeout = TimeSpan.FromMinutes(10),
            };
            using var form = new FormUrlEncodedContent([new("userDetails", "thuky-bench@example.org"), new("roles", StaffRoles.Organizer), new("redirect", "/")]);
            using var response = await client.PostAsync("/.auth/login/aad", form);
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in answered {(int)response.StatusCode}.");
            return client;
        }

        /// <summary>As a crash or an instance being recycled: SIGKILL, no goodbye.</summary>
        public void Kill()
        {
            _process?.Kill(entireProcessTree: true);
            _process?.WaitForExit();
            _process?.Dispose();
            _process = null;
        }

        public ValueTask DisposeAsync()
        {
            Kill();
            return ValueTask.CompletedTask;
        }
    }

    internal static class Listening
    {
        public static async Task WaitAsync(int[] ports, Process process, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                if (ports.All(IsListening)) return;
                await Task.Delay(100);
            }
            throw new InvalidOperationException($"{what} did not start listening on {string.Join(", ", ports)}.");
        }

        private static bool IsListening(int port)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (System.Net.Sockets.SocketException)
            {
                return false;
            }
        }
    }
}
