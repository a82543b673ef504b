using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Publishing;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Standing;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Storage;
using CsCheck;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// Generated values of every stored type, for <see cref="StoredRowRoundTripTests"/>: any text (Vietnamese with its
/// diacritics most of the time), nulls wherever a field may be null, and times out to the ends Table storage keeps.
/// </summary>
internal static class StoredValues
{
    public static readonly Gen<string> Id = Gen.String[Gen.Char.AlphaNumeric, 1, 12];

    /// <summary>Vietnamese letters in both cases, with punctuation, a line break and a comma (a separator some columns use).</summary>
    private static readonly Gen<string> Vietnamese =
        Gen.String[Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐĂÂÊÔƠƯỄỮ ,.-\n"], 0, 40];

    public static readonly Gen<string> Text = Gen.OneOf(Gen.String[0, 40], Vietnamese, Vietnamese);

    /// <summary>Table storage keeps times from 1601 to the end of 9999 (UTC); most values are ordinary ones at any offset.</summary>
    public static readonly Gen<DateTimeOffset> Time = Gen.OneOf(
        Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[-12, 14], (seconds, hours) =>
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds).ToOffset(TimeSpan.FromHours(hours))),
        Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[-12, 14], (seconds, hours) =>
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds).ToOffset(TimeSpan.FromHours(hours))),
        Gen.OneOf(new DateTimeOffset(1601, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue,
            new DateTimeOffset(1601, 1, 1, 14, 0, 0, TimeSpan.FromHours(14)), new DateTimeOffset(9999, 12, 31, 10, 0, 0, TimeSpan.FromHours(-12))));

    public static readonly Gen<DateOnly> Day = Gen.OneOf(
        Gen.Int[0, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber), Gen.OneOf(DateOnly.MinValue, DateOnly.MaxValue));

    /// <summary>Decimals as a double column gives them back: no more than a few decimal places, no trailing zeros.</summary>
    private static readonly Gen<decimal> Points = Gen.Int[-400, 400].Select(quarters => (decimal)(quarters / 4.0));

    /// <summary>An e-mail address: no '|' (score row keys are split on it).</summary>
    private static readonly Gen<string> Email = Id.Select(name => $"{name.ToLowerInvariant()}@donvi.gov.vn");

    public static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Bool.SelectMany(some => some ? gen.Select(v => (T?)v) : Gen.Const((T?)null));

    public static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.Bool.SelectMany(some => some ? gen.Select(v => (T?)v) : Gen.Const((T?)null));

    private static Gen<Dictionary<TKey, TValue>> Map<TKey, TValue>(Gen<TKey> keys, Gen<TValue> values) where TKey : notnull =>
        Gen.Select(keys, values).Array[0, 4].Select(pairs => pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));

    /// <summary>What an unsaved row's ETag reads as: the version a value read from a generated row carries.</summary>
    public static readonly string UnsavedVersion = new Azure.Data.Tables.TableEntity().ETag.ToString();

    public static readonly Gen<Author> Authors =
        from name in Text from year in Gen.Int[1900, 2020] from occupation in Text from workplace in Text
        from address in Text from phone in Text from email in Text
        select new Author(name, year, occupation, workplace, address, phone, email);

    public static readonly Gen<CoAuthor> CoAuthors =
        from name in Text from year in Gen.Int[1900, 2020] from workplace in Text from phone in Text from email in Text
        select new CoAuthor(name, year, workplace, phone, email);

    private static readonly Gen<Consent> Consents =
        from version in Id from at in Time from paper in Maybe(Gen.Select(Text, Text, (receivedBy, kept) => new PaperConsent(receivedBy, kept)))
        select new Consent(version, at) { OnPaper = paper };

    private static readonly Gen<Eligibility> Eligibilities =
        from concerns in Text.Array[0, 3] from decision in Gen.Enum<EligibilityDecision>() from reason in Maybe(Text)
        from decidedBy in Maybe(Text) from at in MaybeValue(Time)
        select new Eligibility(concerns, decision, reason, decidedBy, at);

    private static readonly Gen<Subject> Subjects = Gen.Select(Text, Text, Text, (name, address, summary) => new Subject(name, address, summary));

    private static readonly Gen<EntryFile> Files = Gen.Select(Text, Gen.Long[0, 50_000_000], Text, (name, size, type) => new EntryFile(name, size, type));

    private static readonly Gen<Guardian> Guardians = Gen.Select(Text, Text, Text, Time, (name, relation, phone, at) => new Guardian(name, relation, phone, at));

    private static readonly Gen<MemberConsent> MemberConsents =
        from member in Gen.Int[0, 3] from decision in Gen.Enum<PublicationDecision>() from naming in Gen.Enum<AuthorNaming>()
        from penName in Maybe(Text) from at in Time from channel in Gen.Enum<ConsentChannel>() from guardian in Maybe(Text)
        select new MemberConsent(member, decision, naming, penName, at, channel, guardian);

    public static readonly Gen<Entry> EntryValues =
        from id in Id from unit in Id from title in Text from movement in Id from author in Authors
        from coAuthors in CoAuthors.Array[0, 3]
        from subject in Subjects
        from file in Files
        from blob in Id from receipt in Id from key in Id from created in Time
        from handedInBy in Maybe(Text) from lateUntil in MaybeValue(Time)
        from consent in Maybe(Consents)
        from guardian in Maybe(Guardians)
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
        from publication in MemberConsents.Array[0, 3]
        select Entry.Restore(new Entry
            {
                Id = id, UnitId = unit, Title = title, MovementId = movement, Author = author, CoAuthors = coAuthors,
                Subject = subject, File = file, BlobName = blob, ReceiptCode = receipt, SubmitKey = key, CreatedAt = created,
                HandedInBy = handedInBy, LateUntil = lateUntil, Consent = consent, Guardian = guardian,
            }, status, received, md5, words, rejection, screening, screeningReason, screenedAt, eligibility)
            .RestorePrivacy(revision, withdrawn, deidentified)
            .RestoreCopy(copyOf, copyReason, copyBy, copyAt)
            .RestoreDistinct(distinct)
            .RestorePublication(publication);

    public static readonly Gen<EntryVersion> EntryVersions =
        from entryId in Id from number in Gen.Int[0, 9999] from change in Text from at in Time from author in Authors
        from subject in Subjects from file in Files from md5 in Maybe(Id)
        from coAuthors in Maybe(CoAuthors.Array[0, 3].Select(a => (IReadOnlyList<CoAuthor>)a)) from guardian in Maybe(Guardians)
        select new EntryVersion(entryId, number, change, at, author, subject, file, md5, coAuthors, guardian);

    public static readonly Gen<PrivacyRequest> PrivacyRequests =
        from id in Id from entryId in Id from unitId in Id from kind in Gen.Enum<PrivacyRequestKind>() from details in Text
        from filed in Time from decision in Gen.Enum<PrivacyRequestDecision>() from reason in Maybe(Text) from who in Maybe(Text)
        from decided in MaybeValue(Time) from kept in Gen.Bool
        select new PrivacyRequest(id, entryId, unitId, kind, details, filed)
        {
            Decision = decision, Reason = reason, DecidedBy = who, DecidedAt = decided, KeptPublishedName = kept,
        };

    public static readonly Gen<ReceiptMail> ReceiptMails =
        from unitId in Id from entryId in Id from state in Gen.Enum<ReceiptMailState>() from attempts in Gen.Int[0, 100]
        from owed in Time from claimed in MaybeValue(Time) from finished in MaybeValue(Time) from messageId in Maybe(Text)
        from error in Maybe(Text)
        select new ReceiptMail(unitId, entryId, state, attempts, owed)
        {
            ClaimedAt = claimed, FinishedAt = finished, MessageId = messageId, Error = error, Version = UnsavedVersion,
        };

    public static readonly Gen<QuickReport> QuickReports =
        from unitId in Id from version in Gen.Int[0, 99_999] from channels in Id.Array[0, 4] from other in Text
        from namedOn in MaybeValue(Day) from people in Gen.Int[0, 10_000_000] from collected in Gen.Int[0, 100_000]
        from difficulties in Text from proposals in Text from reportedBy in Text from filed in Time from late in Gen.Bool
        from scan in Maybe(Text)
        select new QuickReport(unitId, version, channels, other, namedOn, people, collected, difficulties, proposals, reportedBy, filed, late, scan);

    public static readonly Gen<ReminderRecord> ReminderValues =
        from unitId in Id from step in Id from state in Gen.Enum<ReminderState>() from attempts in Gen.Int[0, 100]
        from claimed in Time from trigger in Text from finished in MaybeValue(Time) from recipients in Text
        from messageId in Maybe(Text) from error in Maybe(Text)
        select new ReminderRecord(unitId, step, state, attempts, claimed, trigger)
        {
            FinishedAt = finished, Recipients = recipients, MessageId = messageId, Error = error, Version = UnsavedVersion,
        };

    public static readonly Gen<ReminderSwitch> ReminderSwitches =
        Gen.Select(Gen.Bool, Maybe(Text), MaybeValue(Time), (paused, who, at) => new ReminderSwitch(paused, who, at));

    public static readonly Gen<RateCount> RateCounts = Gen.Select(Gen.Int[0, int.MaxValue], Time, (count, ends) => new RateCount(count, ends));

    public static readonly Gen<AuditRow> AuditRows =
        from key in Id from at in Time from user in Text from userId in Id from action in Text from target in Text from detail in Text
        select new AuditRow(key, at, user, userId, action, target, detail);

    public static readonly Gen<BulkDownload> BulkDownloads =
        from id in Id from who in Text from at in Time
        from filter in Gen.Select(Maybe(Text), Maybe(Text), Maybe(Text), Maybe(Text), Maybe(Text), Maybe(Text), Maybe(Text), Maybe(Text),
            (unit, movement, status, since, until, q, ids, flag) => new EntryFilterRequest(unit, movement, status, since, until, q, ids, flag))
        from status in Gen.Enum<BulkDownloadStatus>() from total in Gen.Int[0, 10_000] from done in Gen.Int[0, 10_000]
        from size in MaybeValue(Gen.Long[0, long.MaxValue]) from finished in MaybeValue(Time) from error in Maybe(Text)
        select BulkDownload.Restore(new BulkDownload { Id = id, RequestedBy = who, RequestedAt = at, Filter = filter },
            status, total, done, size, finished, error);

    public static readonly Gen<StaffMember> StaffMembers =
        from email in Email from name in Text from roles in Id.Array[0, 3] from at in Time from who in Text from unitId in Maybe(Id)
        select new StaffMember(email, name, roles, at, who) { UnitId = unitId };

    public static readonly Gen<Unit> UnitValues =
        from id in Id from name in Text from grouping in Text from parent in Maybe(Id)
        from focalPoints in Gen.Select(Text, Text, Text, Text, (name, position, email, phone) => new FocalPoint(name, position, email, phone)).Array[0, 3]
        from active in Gen.Bool from minimum in Gen.Int[0, 100] from link in Gen.Int[1, 1000]
        select new Unit(id, name, grouping, parent) { FocalPoints = focalPoints, Active = active, MinimumEntries = minimum, LinkVersion = link };

    public static readonly Gen<UnitTally> Tallies =
        from unitId in Id from received in Gen.Int[-1000, 1000] from last in MaybeValue(Time)
        from byMovement in Map(Id, Gen.Int[-100, 100]) from byDay in Map(Day, Gen.Int[-100, 100])
        from handedIn in Gen.Int[-100, 100] from forwarded in Gen.Int[-100, 100] from heldBack in Gen.Int[-100, 100]
        from versions in Gen.Int[0, 100] from firstFiled in MaybeValue(Time) from firstLate in Gen.Bool
        select new UnitTally(unitId, received, last, byMovement, byDay)
        {
            HandedIn = handedIn, Forwarded = forwarded, HeldBack = heldBack, ReportVersions = versions,
            ReportFirstFiledAt = firstFiled, ReportFirstLate = firstLate,
        };

    private static readonly Gen<SealedFacts> Facts =
        from code in Id from title in Text from movement in Id from words in MaybeValue(Gen.Int[0, 100_000]) from extension in Id
        select new SealedFacts(code, title, movement, words, "." + extension);

    public static readonly Gen<SealedEntry> SealedEntries =
        from roundId in Id from entryId in Id from facts in Facts from copy in Maybe(Id) from state in Gen.Enum<CopyState>()
        from hits in Text.Array[0, 3] from reason in Maybe(Text) from left in MaybeValue(Time)
        select new SealedEntry(roundId, entryId, facts)
        {
            CopyBlobName = copy, CopyState = state, Hits = hits, DecisionReason = reason, LeftPlayAt = left,
        };

    public static readonly Gen<Score> Scores =
        from roundId in Id from entryId in Id from facts in Facts from judge in Email from assigned in Time
        from state in Gen.Enum<ScoreState>() from points in Map(Id, MaybeValue(Points)) from comment in Text
        from total in MaybeValue(Points) from saved in MaybeValue(Time) from submitted in MaybeValue(Time)
        from recusal in Maybe(Text) from unlocked in Gen.Bool
        select Score.Restore(roundId, entryId, facts, judge, assigned, state, points, comment, total, saved, submitted, recusal, unlocked);

    private static readonly Gen<Criterion> Criteria =
        from id in Id from label in Text from description in Text from max in Points from step in Points
        select new Criterion(id, label, description, max, step);

    public static readonly Gen<Round> Rounds =
        from id in Id from name in Text from judges in Email.Array[0, 4] from perEntry in Gen.Int[1, 5]
        from opens in Time from closes in Time from criteria in Criteria.Array[0, 4] from fromRound in Maybe(Id)
        from rankBy in Gen.Enum<RankBy>() from spread in Points from frozen in Gen.Bool from shortlist in Id.Array[0, 4]
        from panels in Map(Id, Email.Array[0, 3].Select(a => (IReadOnlyList<string>)a))
        from conflicts in Gen.Select(Id, Email, Text, (entry, judge, reason) => new DeclaredConflict(entry, judge, reason)).Array[0, 3]
        from reminded in Map(Email, Day)
        from rescheduled in Maybe(Gen.Select(Time, Text, Text, Time, (previous, reason, who, at) => new RoundReschedule(previous, reason, who, at)))
        select new Round(id, name, judges, perEntry, opens, closes, new Rubric(criteria), fromRound, rankBy, spread)
        {
            RubricFrozen = frozen, Shortlist = shortlist, Panels = panels.ToDictionary(p => p.Key, p => p.Value), Conflicts = conflicts,
            JudgesReminded = reminded, Rescheduled = rescheduled,
        };

    private static readonly Gen<ResultsCandidate> Candidates =
        from entryId in Id from code in Id from title in Text from movement in Id from rank in Gen.Int[1, 500] from score in Points
        select new ResultsCandidate(entryId, code, title, movement, rank, score);

    private static readonly Gen<PrizeTier> Tiers =
        from name in Text from quota in Gen.Int[0, 1000] from movement in Maybe(Id) from amount in MaybeValue(Points)
        select new PrizeTier { Name = name, Quota = quota, MovementId = movement, Amount = amount };

    private static readonly Gen<TieResolution> Resolutions =
        from key in Id from method in Gen.Enum<TieMethod>() from chosen in Id.Array[0, 3] from note in Text from who in Text from at in Time
        select new TieResolution(key, method, chosen, note, who, at);

    private static readonly Gen<Proposal> Proposals =
        from tiers in Gen.Select(Tiers, Gen.Int[0, 1000], Gen.Select(Candidates, Gen.Bool, (c, tied) => new AwardedEntry(c, tied)).Array[0, 3],
            (tier, quota, entries) => new AwardedTier(tier, quota, entries)).Array[0, 3]
        from ties in Gen.Select(Id, Text, Gen.Int[1, 500], Id.Array[0, 3], Gen.Int[0, 5], Maybe(Resolutions),
            (key, tier, rank, ids, seats, resolution) => new Tie(key, tier, rank, ids, seats, resolution)).Array[0, 2]
        from skipped in Gen.Select(Candidates, Id, (c, of) => new SkippedCopy(c, of)).Array[0, 2]
        select new Proposal(tiers, ties) { Skipped = skipped };

    public static readonly Gen<ResultsState> ResultsStates =
        from tiers in Maybe(Tiers.Array[0, 3].Select(t => (IReadOnlyList<PrizeTier>)t)) from roundId in Maybe(Id)
        from resolutions in Resolutions.Array[0, 3]
        from swaps in Gen.Select(Id, Id, Text, Text, Time, (a, b, reason, who, at) => new PrizeSwap(a, b, reason, who, at)).Array[0, 2]
        from disqualified in Gen.Select(Id, Text, Text, Time, (entry, reason, who, at) => new Disqualification(entry, reason, who, at)).Array[0, 2]
        from approval in Maybe(Gen.Select(Id, Text, Proposals, Text, Time, (round, name, proposal, who, at) => new ResultsApproval(round, name, proposal, who, at)))
        from publishAt in MaybeValue(Time) from awarded in Id.Array[0, 3]
        select new ResultsState
        {
            Tiers = tiers, RoundId = roundId, Resolutions = resolutions, Swaps = swaps, Disqualified = disqualified,
            Approval = approval, PublishAt = publishAt, AwardedUnits = awarded, Version = UnsavedVersion,
        };

    private static readonly Gen<ContestDocument> ContestDocuments =
        from number in Text from date in Day from title in Text from url in Maybe(Text) from role in Gen.Enum<ContestDocumentRole>() from citation in Text
        select new ContestDocument { Number = number, Date = date, Title = title, Url = url, Role = role, Citation = citation };

    private static readonly Gen<EntryRules> EntryRuleValues =
        from extensions in Gen.OneOf(".docx", ".doc", ".pdf", "").Array[0, 3] from bytes in Gen.Long[1, 100_000_000]
        from words in Gen.Int[100, 100_000] from coAuthors in Gen.Int[0, 20] from minAge in Gen.Int[1, 120] from maxAge in Gen.Int[1, 130]
        from window in Gen.Int[1, 900] from ratio in Gen.Int[10, 1000] from xml in Gen.Long[1, 1L << 30]
        select new EntryRules
        {
            AllowedExtensions = [.. extensions], MaxFileBytes = bytes, MaxWords = words, MaxCoAuthors = coAuthors, MinAuthorAge = minAge,
            MaxAuthorAge = maxAge, UploadWindow = TimeSpan.FromSeconds(window), Docx = new DocxLimits { MaxCompressionRatio = ratio, MaxDocumentXmlBytes = xml },
        };

    private static readonly Gen<ContestOptions> ContestSettings =
        from id in Id from name in Text from organizer in Text from description in Text from authority in Text from intro in Text.Array[0, 3]
        from area in Text from contact in Text from opens in Time from closes in Time from reportDue in Time
        from movements in Gen.Select(Id, Text, (id, name) => new Movement { Id = id, Name = name }).Array[0, 4]
        from groups in Gen.Select(Id, Text, (id, name) => new UnitGroup { Id = id, Name = name }).Array[0, 4]
        from documents in ContestDocuments.Array[0, 3] from rules in EntryRuleValues from unitsFile in Text
        select new ContestOptions
        {
            Id = id, Name = name, Organizer = organizer, Description = description, Authority = authority, Intro = [.. intro], Area = area,
            Contact = contact, SubmissionOpensAt = opens, SubmissionClosesAt = closes, QuickReportDueAt = reportDue, Movements = [.. movements],
            UnitGroups = [.. groups], Documents = [.. documents], EntryRules = rules, UnitsFile = unitsFile,
        };

    public static readonly Gen<ContestRecord> ContestRecords =
        from settings in ContestSettings
        from extension in Maybe(Gen.Select(Time, Time, Text, Text, Text, Time, (previous, closes, reason, notice, who, at) =>
            new ContestExtension(previous, closes, reason, notice, who, at)))
        select new ContestRecord(settings.Id, settings, UnsavedVersion, extension);
}
