using ContestServerless.Bench;

// Benchmarks that print their figures; script/bench runs each in its own process, so the memory figures of one
// do not carry the other's heap. Usage:
//   ContestServerless.Bench bulk [entries] [bytesPerEntry]     bulk-download ZIP (default 200 × 1 MiB)
//   ContestServerless.Bench reminders [units] [parallelism]    reminder run (default 5,000 units, the app's parallelism)
//   ContestServerless.Bench files [previewLines]               hostile .docx/.xlsx and the import preview (default 20,000 lines)
//   ContestServerless.Bench faults [submissions] [concurrency]  submissions while the worker and Azurite restart (400, 16)
//   ContestServerless.Bench judging [entries] [judges] [k]       judge assignment (default 2,500 entries, 15 judges, k = 3)
//   ContestServerless.Bench submit [files] [bytes] [concurrency] [rounds]  the submission path against raw PUT (128 × 1 MiB, 32 at once, 3)
//   ContestServerless.Bench judging-files [megabytes]            judges' copies of a .docx and a .pdf (default 20 MB each)
//   ContestServerless.Bench reading [renders] [largeMegabytes]   an essay's page: p50 of a 3 MB work (30 renders), a 30 MB .docx once; peak memory
//   ContestServerless.Bench scale [units] [entries] [contests] [entriesPerContest] [--no-exports]  organizers' pages at 2,000 units and 50,000 entries, alone and beside 10 contests of 5,000: p50, storage requests, export memory
//   ContestServerless.Bench lookup [samples]                     the entrant's lookup: median per kind of guess (default 400 each)
//   ContestServerless.Bench startup [starts]                     an instance's cold start against a minimal app, and its storage requests before the first request
//   ContestServerless.Bench catalogue [rows]                     what an instance keeps for the catalogue (default 50,000 rows)
//   ContestServerless.Bench backup [rows]                         the daily backup of a table and its restore (default 100,000 rows): time, peak memory
//   ContestServerless.Bench mail-events [events] [rounds]       SendGrid's Event Webhook: a signed batch of 1,000 events, p50 and storage requests per event
//   ContestServerless.Bench broadcast [recipients] [perSecond]  a broadcast to N units: time to queue, time to send, peak memory (10,000, 1,000/s)
//   ContestServerless.Bench anthology [works] [bytesPerWork]   the anthology .docx of N works (30 × 3 MiB), then of N/3: time, peak memory
//   ContestServerless.Bench [entries] [bytesPerEntry]          the bulk download, as before there were two
return args switch
{
    ["bulk", .. var rest] => await BulkDownloadBench.RunAsync(rest),
    ["reminders", .. var rest] => await ReminderBench.RunAsync(rest),
    ["files", .. var rest] => await HostileFilesBench.RunAsync(rest),
    ["faults", .. var rest] => await FaultBench.RunAsync(rest),
    ["judging", .. var rest] => await JudgingBench.RunAsync(rest),
    ["submit", .. var rest] => await SubmitBench.RunAsync(rest),
    ["judging-files", .. var rest] => await JudgingFilesBench.RunAsync(rest),
    ["reading", .. var rest] => await ReadingBench.RunAsync(rest),
    ["scale", .. var rest] => await ScaleBench.RunAsync(rest),
    ["catalogue", .. var rest] => await CatalogueBench.RunAsync(rest),
    ["lookup", .. var rest] => await LookupBench.RunAsync(rest),
    ["startup", .. var rest] => await StartupBench.RunAsync(rest),
    ["backup", .. var rest] => await BackupBench.RunAsync(rest),
    ["mail-events", .. var rest] => await MailEventBench.RunAsync(rest),
    ["broadcast", .. var rest] => await BroadcastBench.RunAsync(rest),
    ["anthology", .. var rest] => await AnthologyBench.RunAsync(rest),
    [var first, ..] when int.TryParse(first, out _) => await BulkDownloadBench.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: ContestServerless.Bench bulk [entries] [bytesPerEntry] | reminders [units] [parallelism] | files [previewLines] | faults [submissions] [concurrency] | judging [entries] [judges] [k] | judging-files [megabytes] | reading [renders] [largeMegabytes] | submit [files] [bytesPerFile] [concurrency] [rounds] | scale [units] [entries] [contests] [entriesPerContest] [--no-exports] | catalogue [rows] | lookup [samples] | startup [starts] | backup [rows] | mail-events [events] [rounds] | broadcast [recipients] [messagesPerSecond] | anthology [works] [bytesPerWork]");
    return 2;
}
