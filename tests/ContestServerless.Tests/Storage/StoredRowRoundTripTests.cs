using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using ContestServerless.Functions.Storage;
using CsCheck;
using static ContestServerless.Tests.Storage.StoredValues;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// Each stored type read back from the row it writes writes that same row again, over generated values: a column written
/// but not read (or read into the wrong field) comes back different and fails here, not silently in production. The
/// value read must also be the value written, so a field that is never written fails too.
/// </summary>
public sealed class StoredRowRoundTripTests
{
    /// <summary>Every column, with its value, in a stable order, so a failure names the column that differs.</summary>
    private static IReadOnlyList<string> Columns(TableEntity row) =>
        [.. row.Keys.Order(StringComparer.Ordinal).Select(key => $"{key} = {Show(row[key])}")];

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTimeOffset time => time.ToString("O"),
        _ => $"{value} ({value.GetType().Name})",
    };

    /// <summary>Every public property and field, enums by name, so two values compare field by field.</summary>
    private static readonly JsonSerializerOptions Everything = new() { IncludeFields = true, WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Writes each generated value, reads it back and writes again: the two rows must match column for column, and the
    /// value read must match the value written (compared as JSON of every public property).
    /// </summary>
    private static void RoundTrips<T>(Gen<T> values, Func<T, TableEntity> write, Func<TableEntity, T> read) =>
        values.Sample(value =>
        {
            var row = write(value);
            var back = read(row);

            Assert.Equal(Columns(row), Columns(write(back)));
            Assert.Equal(JsonSerializer.Serialize(value, Everything), JsonSerializer.Serialize(back, Everything));
        }, iter: 300);

    [Fact]
    public void An_entry_read_from_its_row_writes_the_same_row()
    {
        EntryValues.Sample(entry =>
        {
            var row = EntryTableRow.ToRow(entry);

            Assert.Equal(Columns(row), Columns(EntryTableRow.ToRow(EntryTableRow.From(row))));
        }, iter: 500);
    }

    [Fact]
    public void An_entry_id_locator_names_the_entry_s_unit() =>
        EntryValues.Sample(entry => Assert.Equal(entry.UnitId, EntryTableRow.UnitOf(EntryTableRow.ToLocator(entry))), iter: 100);

    [Fact]
    public void An_entry_version_round_trips() =>
        RoundTrips(Gen.Select(Id, EntryVersions), v => EntryVersionRow.ToEntity(v.Item1, v.Item2), row => (row.PartitionKey, EntryVersionRow.ToVersion(row)));

    [Fact]
    public void A_privacy_request_round_trips() => RoundTrips(PrivacyRequests, PrivacyRequestRow.ToEntity, PrivacyRequestRow.ToRequest);

    [Fact]
    public void A_receipt_mail_round_trips() => RoundTrips(ReceiptMails, ReceiptMailRow.ToEntity, ReceiptMailRow.ToMail);

    [Fact]
    public void A_quick_report_round_trips() => RoundTrips(QuickReports, QuickReportRow.ToEntity, QuickReportRow.ToReport);

    [Fact]
    public void A_unit_tally_shard_round_trips() =>
        RoundTrips(Gen.Select(Tallies, Gen.OneOf("tally", "tally-1", "tally-7")), t => UnitTallyRow.ToEntity(t.Item1, t.Item2),
            row => (UnitTallyRow.ToTally(row), row.RowKey));

    [Fact]
    public void A_reminder_round_trips() => RoundTrips(ReminderValues, ReminderRow.ToEntity, ReminderRow.ToRecord);

    [Fact]
    public void The_reminder_switch_round_trips() => RoundTrips(ReminderSwitches, ReminderSwitchRow.ToEntity, ReminderSwitchRow.ToSwitch);

    [Fact]
    public void A_rate_count_round_trips() =>
        RoundTrips(Gen.Select(Id, RateCounts), c => RateCountRow.ToEntity(c.Item1, c.Item2), row => (row.PartitionKey, RateCountRow.ToRateCount(row)));

    [Fact]
    public void An_audit_record_round_trips() => RoundTrips(AuditRows, r => r.ToEntity(), AuditRow.From);

    [Fact]
    public void A_bulk_download_round_trips() => RoundTrips(BulkDownloads, BulkDownloadRow.ToEntity, BulkDownloadRow.ToDownload);

    [Fact]
    public void A_staff_member_round_trips() => RoundTrips(StaffMembers, StaffRow.ToEntity, StaffRow.ToMember);

    [Fact]
    public void A_unit_round_trips() => RoundTrips(UnitValues, UnitRow.ToEntity, UnitRow.ToUnit);

    [Fact]
    public void A_round_round_trips() => RoundTrips(Rounds, RoundRow.ToEntity, RoundRow.ToRound);

    [Fact]
    public void A_sealed_entry_round_trips() => RoundTrips(SealedEntries, SealedEntryRow.ToEntity, SealedEntryRow.ToEntry);

    [Fact]
    public void A_sealed_code_names_its_entry() =>
        SealedEntries.Sample(entry => Assert.Equal(entry.EntryId, SealedEntryRow.EntryIdOf(SealedEntryRow.ToCodeEntity(entry))), iter: 100);

    [Fact]
    public void A_score_round_trips() => RoundTrips(Scores, ScoreRow.ToEntity, row => ScoreRow.ToStored(row).Score);

    [Fact]
    public void A_contest_round_trips() => RoundTrips(ContestRecords, ContestRow.ToEntity, ContestRow.ToRecord);

    [Fact]
    public void The_results_state_round_trips() => RoundTrips(ResultsStates, ResultsRow.ToEntity, ResultsRow.ToState);
}
