using System.Diagnostics;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Readme;

/// <summary>
/// The README's shell examples are tests: every block marked <c>sh run</c> runs with bash against a stack, with
/// http://localhost:7071 pointed at it, and must print what the <c>text</c> block after it shows. The stack is the
/// class's own, not the shared one: the reminders example fires a reminder run and makes SendGrid refuse a send,
/// which would land in other tests' outbox.
/// </summary>
public sealed class ReadmeExampleTests(ReadmeStack readme) : IClassFixture<ReadmeStack>
{
    private static readonly string Repository = LocalHostApp.FindRepositoryRoot();
    private static readonly string Markdown = File.ReadAllText(Path.Combine(Repository, "README.md"));

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var block in ReadmeBlocks.Parse(Markdown).Where(b => b.IsRunnable)) data.Add(block.Line, block.Section);
        return data;
    }

    [Fact]
    public void Every_README_block_that_calls_the_app_runs_in_the_suite_and_shows_its_output()
    {
        var blocks = ReadmeBlocks.Parse(Markdown);

        Assert.Contains(blocks, b => b.IsRunnable);
        Assert.Empty(blocks.Where(b => b.CallsTheApp && !b.IsRunnable).Select(b => $"line {b.Line}: mark it ```sh run"));
        Assert.Empty(blocks.Where(b => b.IsRunnable && ReadmeBlocks.OutputOf(Markdown, b) is null)
            .Select(b => $"line {b.Line}: follow it with a ```text block of what it prints"));
    }

    [Fact]
    public void An_unmarked_curl_block_is_caught_and_a_marked_one_is_paired_with_its_output()
    {
        const string markdown = """
            ## Section
            ```sh
            curl -s localhost:7071/api/units
            ```
              ```sh run
              curl -s localhost:7071/api/contest | jq -r .name
              ```
              It prints:
              ```text
              Cuộc thi …
              ```
            """;

        var blocks = ReadmeBlocks.Parse(markdown);

        Assert.Equal([(2, false, true), (5, true, true), (9, false, false)], blocks.Select(b => (b.Line, b.IsRunnable, b.CallsTheApp)));
        Assert.Equal("curl -s localhost:7071/api/contest | jq -r .name", blocks[1].Code);
        Assert.Equal("Cuộc thi …", ReadmeBlocks.OutputOf(markdown, blocks[1])?.Code);
        Assert.Null(ReadmeBlocks.Mismatch("Cuộc thi …", "Cuộc thi viết 2026\n"));
        Assert.NotNull(ReadmeBlocks.Mismatch("Cuộc thi …", "{\"status\":400}"));
        Assert.NotNull(ReadmeBlocks.Mismatch("201\n204", "201"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_README_example_prints_what_the_README_shows(int line, string section)
    {
        var example = ReadmeBlocks.Parse(Markdown).Single(b => b.Line == line);
        var documented = ReadmeBlocks.OutputOf(Markdown, example);
        Assert.True(documented is not null, $"The example at line {line} ({section}) shows no output.");

        var (exitCode, output, trace) = await RunAsync(example.Code.Replace("localhost:7071", readme.Stack.BaseAddress.Authority, StringComparison.Ordinal));

        Assert.True(exitCode == 0, $"The example at line {line} ({section}) failed with exit code {exitCode}.\n{output}\n{trace}");
        var mismatch = ReadmeBlocks.Mismatch(documented.Code, output);
        Assert.True(mismatch is null, $"The example at line {line} ({section}) printed what the README does not show: {mismatch}\n{trace}");
    }

    /// <summary>
    /// Runs the example in a folder laid out like a checkout where script/server runs (.local/admin.key), stopping at the
    /// first failing command (curl --fail-with-body fails on an error status) and tracing each command for the message.
    /// </summary>
    private async Task<(int ExitCode, string Output, string Trace)> RunAsync(string script)
    {
        var folder = Directory.CreateTempSubdirectory("readme-example-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, ".local"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, ".local", "admin.key"), readme.Stack.AdminKey + "\n");
            var file = Path.Combine(folder.FullName, "example.sh");
            await File.WriteAllTextAsync(file, script + "\n");

            var start = new ProcessStartInfo("bash", ["-e", "-u", "-x", "-o", "pipefail", file])
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["NO_PROXY"] = "127.0.0.1,localhost", ["no_proxy"] = "127.0.0.1,localhost" },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var trace = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (-1, await output, "Gave up after 60 s.\n" + await trace);
            }
            return (process.ExitCode, await output, await trace);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
