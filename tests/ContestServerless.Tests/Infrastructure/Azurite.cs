// Also compiled into bench/ (a linked file), which has none of the test project's global usings: keep its usings whole.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// A private Azurite on free ports with in-memory storage, so tests never touch a running script/server
/// and leave nothing behind.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private Azurite(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<Azurite> StartAsync()
    {
        var executable = Path.Combine(LocalHostApp.FindRepositoryRoot(), "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Azurite is not installed at {executable}; run script/test, which installs it.");

        for (var attempt = 1; ; attempt++)
        {
            int[] ports = [FreePort(), FreePort(), FreePort()];
            var process = Process.Start(new ProcessStartInfo(executable,
            [
                "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                "--blobHost", "127.0.0.1", "--blobPort", $"{ports[0]}",
                "--queueHost", "127.0.0.1", "--queuePort", $"{ports[1]}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{ports[2]}",
            ])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (await AllListeningAsync(ports, process)) return new Azurite(process, ports[0], ports[1], ports[2]);
            process.Kill(entireProcessTree: true);
            // Another process may have taken a port between probing and binding it.
            if (attempt == 3) throw new InvalidOperationException("Azurite did not start in three attempts.");
        }
    }

    private static async Task<bool> AllListeningAsync(int[] ports, Process process)
    {
        // Generous: on a machine busy with builds, node can take long to start; the loop returns once all listen.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (ports.All(IsListening)) return true;
            await Task.Delay(100);
        }
        return false;
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
