using System.Diagnostics;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Bench;

/// <summary>
/// Assignment at contest scale: N entries to J judges, k each, with a share of (entry, judge) pairs in conflict;
/// prints the time, the loads' spread and what stayed unplaced.
/// </summary>
public static class JudgingBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var entries = args.Length > 0 ? int.Parse(args[0]) : 2_500;
        var judges = args.Length > 1 ? int.Parse(args[1]) : 15;
        var k = args.Length > 2 ? int.Parse(args[2]) : 3;
        const double conflictShare = 0.10;
        var random = new Random(20261202);

        var candidates = Enumerable.Range(0, entries)
            .Select(i => new Candidate($"E{i:D6}", $"u{i % 200}", $"m{i % 5}", [new AuthorIdentity($"Tác giả {i}", $"a{i}@x.vn")]))
            .ToList();
        var jury = Enumerable.Range(0, judges).Select(i => new Judge($"gk{i}@x.vn", $"Giám khảo {i}")).ToList();
        var declared = candidates.SelectMany(c => jury.Where(_ => random.NextDouble() < conflictShare).Select(j => (c.EntryId, j.Email))).ToList();
        var rules = new ConflictRules(new Dictionary<string, string?>(), declared);

        JudgeAssigner.Plan(candidates.Take(50).ToList(), jury, k, [], rules); // warm-up: JIT, not measured
        var watch = Stopwatch.StartNew();
        var plan = JudgeAssigner.Plan(candidates, jury, k, [], rules);
        watch.Stop();
        var again = Stopwatch.StartNew();
        var rerun = JudgeAssigner.Plan(candidates, jury, k, plan.Added, rules);
        again.Stop();

        Console.WriteLine($"Assignment: {entries:N0} entries, {judges} judges, k = {k}, {declared.Count:N0} pairs in conflict ({declared.Count * 100.0 / (entries * judges):F1}%)");
        Console.WriteLine($"  first run        {watch.Elapsed.TotalMilliseconds,8:F1} ms   {plan.Added.Count:N0} pairs");
        Console.WriteLine($"  run again        {again.Elapsed.TotalMilliseconds,8:F1} ms   {rerun.Added.Count:N0} pairs added (nothing missing)");
        Console.WriteLine($"  load per judge   min {plan.PerJudge.Values.Min()}, max {plan.PerJudge.Values.Max()}, spread {plan.PerJudge.Values.Max() - plan.PerJudge.Values.Min()} ({(plan.Balanced ? "even" : "uneven")})");
        Console.WriteLine($"  unplaced entries {plan.Unplaced.Count}");
        return Task.FromResult(plan.Balanced && rerun.Added.Count == 0 ? 0 : 1);
    }
}
