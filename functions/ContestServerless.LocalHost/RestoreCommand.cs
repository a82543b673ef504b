using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Backup;
using ContestServerless.Functions.Backup;

namespace ContestServerless.LocalHost;

/// <summary>
/// <c>script/restore &lt;yyyy-MM-dd&gt; [--connection &lt;string&gt; | --account &lt;name&gt;] [--tables A,B:Target] [--overwrite]</c>:
/// restores a day's backup with the same <see cref="RestoreService"/> as the admin function, from a machine with only
/// the dotnet SDK. <c>--account</c> signs in as whoever ran <c>az login</c> (the deployment's storage allows no keys);
/// <c>--connection</c> takes a connection string (Azurite, or another account); neither means the local Azurite.
/// </summary>
public static class RestoreCommand
{
    public const string Usage = """
        usage: script/restore <yyyy-MM-dd> [--account <storage account name> | --connection <connection string>]
                              [--tables Table1,Table2:NewName,...] [--overwrite] [--container backups]
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        string? day = null, connection = null, account = null, tables = null, container = "backups";
        var overwrite = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--connection": connection = Next(); break;
                case "--account": account = Next(); break;
                case "--tables": tables = Next(); break;
                case "--container": container = Next(); break;
                case "--overwrite": overwrite = true; break;
                case "-h" or "--help": output.WriteLine(Usage); return 0;
                case var value when day is null && !value.StartsWith("--", StringComparison.Ordinal): day = value; break;
                default: output.WriteLine($"restore: unknown argument {args[i]}"); output.WriteLine(Usage); return 2;
            }
        }
        if (day is null || (connection is not null && account is not null))
        {
            output.WriteLine(Usage);
            return 2;
        }

        var (tableService, blobService) = account is not null
            ? (new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), new DefaultAzureCredential()),
                new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), new DefaultAzureCredential()))
            : (new TableServiceClient(connection ?? "UseDevelopmentStorage=true"), new BlobServiceClient(connection ?? "UseDevelopmentStorage=true"));
        // Only the tables the manifest lists are read, so no contest needs to be known here.
        var backups = new BlobTableBackups(tableService, blobService.GetBlobContainerClient(container), () => []);
        var named = tables?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Domain.Common.Result<RestoreReport> result;
        try
        {
            result = await new RestoreService(backups).RestoreAsync(day, named, overwrite, cancellationToken);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or AggregateException or Azure.Identity.AuthenticationFailedException)
        {
            // An account out of reach or a sign-in refused: said in a line, not a stack trace. Tables restored before
            // the failure stay restored; run again with --overwrite for them, or with --tables for the rest.
            output.WriteLine($"restore: storage could not be reached or refused the request: {e.GetBaseException().Message}");
            return 1;
        }
        if (result.Problem is { } problem)
        {
            output.WriteLine($"restore: {problem.Title}. {problem.Detail}");
            foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
                foreach (var message in messages) output.WriteLine($"  {field}: {message}");
            return 1;
        }
        foreach (var table in result.Value!.Tables)
            output.WriteLine($"restored {table.Table} -> {table.Into}: {table.Rows} rows");
        output.WriteLine($"restore: the backup of {result.Value.Day} is restored ({result.Value.Tables.Count} tables, {result.Value.Tables.Sum(t => t.Rows)} rows)");
        return 0;
    }
}
