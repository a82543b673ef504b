using System.Reflection;
using System.Text.Json.Nodes;
using ContestServerless.LocalHost;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Setup;

/// <summary>
/// Reads functions.metadata, which the Functions SDK writes at build time and the Azure host reads, so
/// a trigger, route or method changed by mistake fails here, and the local host cannot drift from it.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly string[] Expected =
    [
        "AdvanceShortlist httpTrigger Anonymous post organizer/rounds/{id}/shortlist",
        "AnswerPublicationConsent httpTrigger Anonymous put entries/{id}/publication",
        "ApplyMailEvents httpTrigger Anonymous post email/events",
        "ApplyRetention timerTrigger 0 30 2 * * *",
        "ApproveResults httpTrigger Anonymous post organizer/results/approve",
        "ArchiveContest httpTrigger Anonymous post organizer/contests/{id}/archive",
        "AssignJudges httpTrigger Anonymous post organizer/rounds/{id}/assignments",
        "AttachContestDocumentFile httpTrigger Anonymous post organizer/contests/{id}/documents/file",
        "AttachReportScan httpTrigger Anonymous post unit/reports/{version}/scan",
        "BackUpTables timerTrigger 0 0 20 * * *",
        "BuildAnthology queueTrigger anthologies Storage",
        "BuildBulkDownload queueTrigger bulk-downloads Storage",
        "ChangeRubric httpTrigger Anonymous put organizer/rounds/{id}/rubric",
        "ClearAbandonedEntries timerTrigger 0 17 * * * *",
        "ClearCopy httpTrigger Anonymous delete organizer/entries/{id}/duplicate",
        "CorrectEntry httpTrigger Anonymous put entries/{id}/personal-data",
        "CreateContest httpTrigger Anonymous post organizer/contests",
        "CreateEntry httpTrigger Anonymous post entries",
        "CreateRound httpTrigger Anonymous post organizer/rounds",
        "DecideCopy httpTrigger Anonymous post organizer/rounds/{id}/entries/{entryId}/decision",
        "DecideEligibility httpTrigger Anonymous post organizer/entries/{id}/eligibility",
        "DecidePrivacyRequest httpTrigger Anonymous post organizer/privacy/requests/{id}/decision",
        "DeclareConflict httpTrigger Anonymous post organizer/rounds/{id}/conflicts",
        "DeclareDistinct httpTrigger Anonymous post organizer/entries/{id}/distinct",
        "DeleteContest httpTrigger Anonymous delete organizer/contests/{id}",
        "DisqualifyEntry httpTrigger Anonymous post organizer/results/disqualifications",
        "DownloadAnthology httpTrigger Anonymous get organizer/results/anthology/{id}/file",
        "DownloadBulk httpTrigger Anonymous get organizer/bulk-downloads/{id}/file",
        "DownloadCertificates httpTrigger Anonymous get organizer/results/certificates",
        "DownloadEntrantData httpTrigger Anonymous get entries/{id}/personal-data/download",
        "DownloadEntry httpTrigger Anonymous get organizer/entries/{id}/file",
        "DownloadJudgeFile httpTrigger Anonymous get judge/entries/{code}/file",
        "DownloadJuryMinutes httpTrigger Anonymous get organizer/results/minutes",
        "DownloadReportScan httpTrigger Anonymous get organizer/reports/{unitId}/{version}/scan",
        "ExportEntries httpTrigger Anonymous get organizer/exports/entries",
        "ExportQuickReports httpTrigger Anonymous get organizer/exports/reports",
        "ExportResults httpTrigger Anonymous get organizer/results/export",
        "ExportScores httpTrigger Anonymous get organizer/rounds/{id}/scores",
        "ExportStanding httpTrigger Anonymous get organizer/exports/standing",
        "ExportUnits httpTrigger Anonymous get organizer/exports/units",
        "ExtendContest httpTrigger Anonymous post organizer/contests/{id}/extension",
        "FilePrivacyRequest httpTrigger Anonymous post entries/{id}/privacy-requests",
        "FileQuickReport httpTrigger Anonymous post unit/reports",
        "FinishFileReplacement httpTrigger Anonymous post entries/{id}/personal-data/file/confirm",
        "GetAnthology httpTrigger Anonymous get organizer/results/anthology/{id}",
        "GetArchivePackage httpTrigger Anonymous get organizer/contests/{id}/archive-package",
        "GetBroadcast httpTrigger Anonymous get organizer/broadcasts/{id}",
        "GetBulkDownload httpTrigger Anonymous get organizer/bulk-downloads/{id}",
        "GetChallenge httpTrigger Anonymous get challenge",
        "GetContest httpTrigger Anonymous get contest",
        "GetContestById httpTrigger Anonymous get contests/{id}",
        "GetContestDocumentFile httpTrigger Anonymous get contests/{id}/documents/{file}",
        "GetContestSettings httpTrigger Anonymous get organizer/contests/{id}",
        "GetEntrantRecord httpTrigger Anonymous get entries/{id}/personal-data",
        "GetEntry httpTrigger Anonymous get entries/{id}",
        "GetEntryResult httpTrigger Anonymous get results/entries/{id}",
        "GetJudgeEntry httpTrigger Anonymous get judge/entries/{code}",
        "GetPrivacyNotice httpTrigger Anonymous get privacy",
        "GetPublicResults httpTrigger Anonymous get results",
        "GetPublishedWork httpTrigger Anonymous get results/works/{id}",
        "GetRanking httpTrigger Anonymous get organizer/rounds/{id}/ranking",
        "GetReminderHistory httpTrigger Anonymous get organizer/reminders/history/{unitId}",
        "GetReminders httpTrigger Anonymous get organizer/reminders",
        "GetResultsBoard httpTrigger Anonymous get organizer/results",
        "GetResultsRecipients httpTrigger Anonymous get organizer/results/recipients",
        "GetRoles httpTrigger Anonymous post roles",
        "GetStanding httpTrigger Anonymous get organizer/standing",
        "GetTemplate httpTrigger Anonymous get organizer/templates/{kind}",
        "GetUnitLink httpTrigger Anonymous get organizer/units/{id}/link",
        "GetUnitPortal httpTrigger Anonymous get unit",
        "HandInEntry httpTrigger Anonymous post unit/entries",
        "ImportUnits httpTrigger Anonymous post organizer/units/import",
        "IssueLateLink httpTrigger Anonymous post organizer/late-links",
        "ListAudit httpTrigger Anonymous get organizer/audit",
        "ListContests httpTrigger Anonymous get contests",
        "ListEntries httpTrigger Anonymous get organizer/entries",
        "ListJudgeAssignments httpTrigger Anonymous get judge/assignments",
        "ListMessages httpTrigger Anonymous get organizer/messages",
        "ListPrivacyRequests httpTrigger Anonymous get organizer/privacy/requests",
        "ListPublishedWorks httpTrigger Anonymous get results/works",
        "ListQuickReports httpTrigger Anonymous get organizer/reports",
        "ListRounds httpTrigger Anonymous get organizer/rounds",
        "ListStaff httpTrigger Anonymous get organizer/staff",
        "ListTemplates httpTrigger Anonymous get organizer/templates",
        "ListUnitAwards httpTrigger Anonymous get organizer/results/units",
        "ListUnitMail httpTrigger Anonymous get organizer/messages/units",
        "ListUnitRegister httpTrigger Anonymous get organizer/units",
        "ListUnits httpTrigger Anonymous get units",
        "MarkCopy httpTrigger Anonymous post organizer/entries/{id}/duplicate",
        "MoveAssignment httpTrigger Anonymous post organizer/rounds/{id}/moves",
        "NotifyResults httpTrigger Anonymous post organizer/results/notify",
        "OpenEntry httpTrigger Anonymous get organizer/entries/{id}",
        "OpenPublishedWorkFile httpTrigger Anonymous get results/works/{id}/file",
        "OpenUnitEntryFile httpTrigger Anonymous get unit/entries/{id}/file",
        "PauseReminders httpTrigger Anonymous put organizer/reminders/switch",
        "PreviewBulkDownload httpTrigger Anonymous get organizer/bulk-download-preview",
        "PreviewRetention httpTrigger Anonymous get organizer/privacy/retention",
        "PreviewTemplate httpTrigger Anonymous post organizer/templates/{kind}/preview",
        "ProjectCatalogue queueTrigger catalogue-changes Storage",
        "PublishResults httpTrigger Anonymous post organizer/results/publish",
        "ReadJudgeEntry httpTrigger Anonymous get judge/entries/{code}/reading",
        "RebuildCatalogue httpTrigger Anonymous post organizer/catalogue/rebuild",
        "RecuseFromEntry httpTrigger Anonymous post judge/entries/{code}/recusal",
        "RemindJudges httpTrigger Anonymous post organizer/rounds/{id}/reminders",
        "RemoveStaff httpTrigger Anonymous delete organizer/staff/{email}",
        "ReplaceJudgeCopy httpTrigger Anonymous post organizer/rounds/{id}/entries/{entryId}/redaction/done",
        "RequestAnthology httpTrigger Anonymous post organizer/results/anthology",
        "RequestArchivePackage httpTrigger Anonymous post organizer/contests/{id}/archive-package",
        "RequestBulkDownload httpTrigger Anonymous post organizer/bulk-downloads",
        "RequestPublicationConsent httpTrigger Anonymous post organizer/results/consent-requests",
        "RequestRedactionUpload httpTrigger Anonymous post organizer/rounds/{id}/entries/{entryId}/redaction",
        "RequeueReceiptEmails timerTrigger 0 */5 * * * *",
        "RescheduleRound httpTrigger Anonymous post organizer/rounds/{id}/schedule",
        "ResendMessage httpTrigger Anonymous post organizer/messages/{id}/resend",
        "ResetTemplate httpTrigger Anonymous delete organizer/templates/{kind}",
        "ResolveTie httpTrigger Anonymous post organizer/results/ties",
        "RestoreBackup httpTrigger Admin post operator/backups/{day}/restore",
        "ResumeBroadcasts timerTrigger 0 * * * * *",
        "RotateUnitLink httpTrigger Anonymous post organizer/units/{id}/link",
        "SaveContestSettings httpTrigger Anonymous put organizer/contests/{id}",
        "SaveResultsSettings httpTrigger Anonymous put organizer/results/settings",
        "SaveScore httpTrigger Anonymous put judge/entries/{code}/score",
        "SaveStaff httpTrigger Anonymous post organizer/staff",
        "SaveTemplate httpTrigger Anonymous put organizer/templates/{kind}",
        "SaveUnit httpTrigger Anonymous post organizer/units",
        "SaveUnitAwards httpTrigger Anonymous put organizer/results/units",
        "ScreenEntry httpTrigger Anonymous post unit/entries/{id}/screening",
        "SendBroadcast queueTrigger broadcasts Storage",
        "SendReceiptEmail queueTrigger receipt-emails Storage",
        "SendReminders timerTrigger %REMINDER_SCHEDULE%",
        "SendRemindersNow httpTrigger Anonymous post organizer/reminders/send",
        "StartBroadcast httpTrigger Anonymous post organizer/broadcasts",
        "StartContestDocumentUpload httpTrigger Anonymous post organizer/contests/{id}/documents/upload",
        "StartFileReplacement httpTrigger Anonymous post entries/{id}/personal-data/file",
        "SubmitEntry httpTrigger Anonymous post entries/{id}/submit",
        "SwapPrizes httpTrigger Anonymous post organizer/results/swaps",
        "UnlockResults httpTrigger Anonymous post organizer/results/unlock",
        "UnlockScore httpTrigger Anonymous post organizer/rounds/{id}/unlock",
        "WithdrawEntry httpTrigger Anonymous post entries/{id}/withdraw",
    ];

    private static JsonArray BuiltMetadata()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(LocalHostApp.FindRepositoryRoot(), "functions", "ContestServerless.Functions",
            "bin", configuration, "net10.0", "functions.metadata");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }

    private static JsonNode TriggerOf(JsonNode function) =>
        function["bindings"]!.AsArray().Single(b => b!["type"]!.GetValue<string>().EndsWith("Trigger"))!;

    private static string Describe(JsonNode function)
    {
        var trigger = TriggerOf(function);
        return trigger["type"]!.GetValue<string>() switch
        {
            "queueTrigger" => string.Join(' ', function["name"], trigger["type"], trigger["queueName"], trigger["connection"]),
            "timerTrigger" => string.Join(' ', function["name"], trigger["type"], trigger["schedule"]),
            _ => string.Join(' ', function["name"], trigger["type"], trigger["authLevel"],
                string.Join(',', trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>())), trigger["route"]),
        };
    }

    private static IEnumerable<string> Described(string triggerType) =>
        BuiltMetadata().Where(f => TriggerOf(f!)["type"]!.GetValue<string>() == triggerType).Select(f => Describe(f!)).Order();

    [Fact]
    public void Each_function_has_the_expected_trigger_route_and_methods()
    {
        Assert.Equal(Expected, BuiltMetadata().Select(f => Describe(f!)).Order());
    }

    [Fact]
    public void Every_function_runs_from_the_functions_assembly_in_the_isolated_worker()
    {
        Assert.All(BuiltMetadata(), f =>
        {
            Assert.Equal("ContestServerless.Functions.dll", f!["scriptFile"]!.GetValue<string>());
            Assert.Equal("dotnet-isolated", f["language"]!.GetValue<string>());
        });
    }

    [Fact]
    public void The_local_host_serves_exactly_the_routes_of_the_metadata()
    {
        var local = FunctionCatalog.App.Http
            .Select(f => $"{f.Name} httpTrigger {f.Level} {string.Join(',', f.Methods)} {f.Route}");

        Assert.Equal(Described("httpTrigger"), local.Order());
    }

    [Fact]
    public void The_local_host_polls_exactly_the_queues_of_the_metadata()
    {
        var local = FunctionCatalog.App.Queues.Select(f => $"{f.Name} queueTrigger {f.Queue} Storage");

        Assert.Equal(Described("queueTrigger"), local.Order());
    }

    [Fact]
    public void The_local_host_runs_exactly_the_timers_of_the_metadata()
    {
        var local = FunctionCatalog.App.Timers
            .Select(f => $"{f.Name} timerTrigger {f.Schedule}");

        Assert.Equal(Described("timerTrigger"), local.Order());
    }

    [Fact]
    public void Each_function_of_the_local_host_runs_the_method_that_carries_its_name()
    {
        var catalog = FunctionCatalog.App;
        var functions = catalog.Http.Select(f => (f.Name, f.Method))
            .Concat(catalog.Timers.Select(f => (f.Name, f.Method)))
            .Concat(catalog.Queues.Select(f => (f.Name, f.Method)))
            .ToList();

        Assert.Equal(BuiltMetadata().Count, functions.Count);
        Assert.All(functions, f => Assert.Equal(f.Name, f.Method.GetCustomAttribute<FunctionAttribute>()?.Name));
    }

    [Fact]
    public void The_local_host_uses_the_route_prefix_of_host_json()
    {
        Assert.Equal("api", FunctionEndpoints.RoutePrefix(Path.Combine(AppContext.BaseDirectory, "host.json")));
    }
}
