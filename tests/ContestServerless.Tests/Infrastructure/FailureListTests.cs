using System.Diagnostics;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// script/failures.mjs, which script/test runs after a red run so that the failures and their messages are the last
/// thing in the log, where CI's excerpt of it can show them.
/// </summary>
public sealed class FailureListTests : IDisposable
{
    private static readonly string Repository = LocalHostApp.FindRepositoryRoot();
    private readonly string _trx = Path.Combine(Path.GetTempPath(), $"results.{Guid.NewGuid():N}.trx");

    public void Dispose() => File.Delete(_trx);

    private static string Result(string name, string outcome, string? message = null) => message is null
        ? $"""<UnitTestResult executionId="1" testName="{name}" computerName="vm" outcome="{outcome}" relativeResultsDirectory="1" />"""
        : $"""
          <UnitTestResult executionId="2" testName="{name}" computerName="vm" outcome="{outcome}" relativeResultsDirectory="2">
            <Output>
              <StdOut>a line the test wrote</StdOut>
              <ErrorInfo>
                <Message>{message}</Message>
                <StackTrace>   at ContestServerless.Tests.Somewhere()</StackTrace>
              </ErrorInfo>
            </Output>
          </UnitTestResult>
          """;

    private async Task<string> ListAsync(params string[] results)
    {
        await File.WriteAllTextAsync(_trx, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                {string.Join("\n", results)}
              </Results>
            </TestRun>
            """);
        var start = new ProcessStartInfo("node", [Path.Combine(Repository, "script", "failures.mjs"), _trx])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Fact]
    public async Task Each_failed_test_is_named_with_the_head_of_its_message_and_passed_tests_are_not()
    {
        var output = await ListAsync(
            Result("Tests.A_passing_test", "Passed"),
            Result("Tests.A_failing_test(unit: &quot;sở-nội-vụ&quot;)", "Failed",
                "Assert.Equal() Failure: Values differ\nExpected: 1 &amp; 2\nActual:   3"),
            Result("Tests.A_passing_test_with_output", "Passed", "not a failure"));

        Assert.Equal(
            """
            FAILED Tests.A_failing_test(unit: "sở-nội-vụ")
                Assert.Equal() Failure: Values differ
                Expected: 1 & 2
                Actual:   3

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public async Task A_long_message_is_cut_to_its_first_lines_saying_where_the_rest_is()
    {
        var message = string.Join("\n", Enumerable.Range(1, 20).Select(line => $"line {line}"));

        var output = await ListAsync(Result("Tests.A_chatty_failure", "Failed", message));

        Assert.Contains("    line 8\n", output);
        Assert.DoesNotContain("line 9\n", output);
        Assert.Contains($"… 12 more lines in {_trx}", output);
    }

    [Fact]
    public async Task A_green_run_lists_nothing()
    {
        var output = await ListAsync(Result("Tests.A", "Passed"), Result("Tests.B", "Passed"));

        Assert.Equal("", output);
    }
}
