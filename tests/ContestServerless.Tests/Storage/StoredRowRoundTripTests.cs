using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Storage;
using CsCheck;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// Each stored type read back from the row it writes writes that same row again, over generated values: a column written
/// but not read (or read into the wrong field) comes back different and fails here, not silently in production.
/// </summary>
public sealed class StoredRowRoundTripTests
{
    private static readonly Gen<string> Id = Gen.String[Gen.Char.AlphaNumeric, 1, 12];
    private static readonly Gen<string> Text = Gen.String[0, 40];
    private static readonly Gen<DateTimeOffset> Time =
        Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[-12, 14], (seconds, hours) =>
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds).ToOffset(TimeSpan.FromHours(hours)));

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Bool.SelectMany(some => some ? gen.Select(v => (T?)v) : Gen.Const((T?)null));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.Bool.SelectMany(some => some ? gen.Select(v => (T?)v) : Gen.Const((T?)null));

    private static readonly Gen<Author> Authors =
        from name in Text from year in Gen.Int[1900, 2020] from occupation in Text from workplace in Text
        from address in Text from phone in Text from email in Text
        select new Author(name, year, occupation, workplace, address, phone, email);

    private static readonly Gen<CoAuthor> CoAuthors =
        from name in Text from year in Gen.Int[1900, 2020] from workplace in Text from phone in Text from email in Text
        select new CoAuthor(name, year, workplace, phone, email);

    private static readonly Gen<Consent> Consents =
        from version in Id from at in Time from paper in Maybe(Gen.Select(Text, Text, (receivedBy, kept) => new PaperConsent(receivedBy, kept)))
        select new Consent(version, at) { OnPaper = paper };

    private static readonly Gen<Eligibility> Eligibilities =
        from concerns in Text.Array[0, 3] from decision in Gen.Enum<EligibilityDecision>() from reason in Maybe(Text)
        from decidedBy in Maybe(Text) from at in MaybeValue(Time)
        select new Eligibility(concerns, decision, reason, decidedBy, at);

    private static readonly Gen<Entry> Entries =
        from id in Id from unit in Id from title in Text from movement in Id from author in Authors
        from coAuthors in CoAuthors.Array[0, 3]
        from subject in Gen.Select(Text, Text, Text, (name, address, summary) => new Subject(name, address, summary))
        from file in Gen.Select(Text, Gen.Long[0, 50_000_000], Text, (name, size, type) => new EntryFile(name, size, type))
        from blob in Id from receipt in Id from key in Id from created in Time
        from handedInBy in Maybe(Text) from lateUntil in MaybeValue(Time)
        from consent in Maybe(Consents)
        from guardian in Maybe(Gen.Select(Text, Text, Text, Time, (name, relation, phone, at) => new Guardian(name, relation, phone, at)))
        from status in Gen.Enum<EntryStatus>()
        // Only a pending entry lacks its receipt time (an entry in play must have one).
        from received in status == EntryStatus.Pending ? MaybeValue(Time) : Time.Select(t => (DateTimeOffset?)t)
        from md5 in Maybe(Id)
        from words in MaybeValue(Gen.Int[0, 100_000]) from rejection in Maybe(Text)
        from screening in Gen.Enum<Screening>() from screeningReason in Maybe(Text) from screenedAt in MaybeValue(Time)
        from eligibility in Eligibilities
        from revision in Gen.Int[0, 50] from withdrawn in MaybeValue(Time) from deidentified in MaybeValue(Time)
        from copyOf in Maybe(Id) from copyReason in Maybe(Text) from copyBy in Maybe(Text) from copyAt in MaybeValue(Time)
        from distinct in Id.Array[0, 3]
        select Entry.Restore(new Entry
            {
                Id = id, UnitId = unit, Title = title, MovementId = movement, Author = author, CoAuthors = coAuthors,
                Subject = subject, File = file, BlobName = blob, ReceiptCode = receipt, SubmitKey = key, CreatedAt = created,
                HandedInBy = handedInBy, LateUntil = lateUntil, Consent = consent, Guardian = guardian,
            }, status, received, md5, words, rejection, screening, screeningReason, screenedAt, eligibility)
            .RestorePrivacy(revision, withdrawn, deidentified)
            .RestoreCopy(copyOf, copyReason, copyBy, copyAt)
            .RestoreDistinct(distinct);

    /// <summary>Every column, with its value, in a stable order, so a failure names the column that differs.</summary>
    private static IReadOnlyList<string> Columns(TableEntity row) =>
        [.. row.Keys.Order(StringComparer.Ordinal).Select(key => $"{key} = {Show(row[key])}")];

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTimeOffset time => time.ToString("O"),
        _ => $"{value} ({value.GetType().Name})",
    };

    [Fact]
    public void An_entry_read_from_its_row_writes_the_same_row()
    {
        Entries.Sample(entry =>
        {
            var row = EntryTableRow.ToRow(entry);

            Assert.Equal(Columns(row), Columns(EntryTableRow.ToRow(EntryTableRow.From(row))));
        }, iter: 500);
    }
}
