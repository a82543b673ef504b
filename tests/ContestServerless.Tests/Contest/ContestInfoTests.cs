using System.Reflection;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Units;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Contest;

[Collection(StackCollection.Name)]
public sealed class ContestInfoTests(ContestStack stack)
{
    [Fact]
    public async Task The_contest_lists_its_movements_documents_deadlines_and_rules()
    {
        var contest = (await stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;

        Assert.True(contest.IsOpen);
        Assert.Equal("open", contest.Status);
        Assert.Equal("Cả nước chung sức xây dựng nông thôn mới", contest.Movements[0].Name);
        Assert.Equal("689/SNV-TĐKT", contest.Documents[2].Number);
        Assert.Equal(TimeSpan.FromHours(7), contest.SubmissionClosesAt.Offset);
        Assert.Equal(20 * 1024 * 1024, contest.EntryRules.MaxFileBytes);
        Assert.Equal(9, contest.UnitGroups.Count);
    }

    [Fact]
    public async Task The_contest_sends_every_limit_the_entry_validator_enforces_so_the_form_needs_none_of_its_own()
    {
        var rules = (await stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!.EntryRules;
        var limits = typeof(EntryValidator).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.StartsWith("Max", StringComparison.Ordinal)).ToList();
        var script = File.ReadAllText(Path.Combine(LocalHostApp.FindRepositoryRoot(), "web", "js", "validation.js"));

        Assert.NotEmpty(limits);
        Assert.All(limits, limit => Assert.Equal((int)limit.GetRawConstantValue()!, typeof(EntryRulesView).GetProperty(limit.Name)?.GetValue(rules)));
        // The page's checks read those limits; no length limit is written into the script.
        Assert.DoesNotMatch(@"maxLength\('[^']+', \d+\)|length <= \d", script);
    }

    [Fact]
    public async Task The_contest_sends_the_co_author_limit_of_its_configuration_and_the_form_writes_none()
    {
        var configured = stack.Services.GetRequiredService<ContestServerless.Domain.Contest.ContestOptions>().EntryRules.MaxCoAuthors;
        var rules = (await stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!.EntryRules;
        var scripts = string.Concat(new[] { "validation.js", "co-authors.js", "submit.js" }
            .Select(name => File.ReadAllText(Path.Combine(LocalHostApp.FindRepositoryRoot(), "web", "js", name))));

        Assert.Equal(5, configured);
        Assert.Equal(configured, rules.MaxCoAuthors);
        Assert.Contains("maxCoAuthors", scripts);
        Assert.DoesNotMatch(@"maxCoAuthors\s*[=:]\s*\d|>= ?5\b", scripts);
    }

    [Fact]
    public async Task Units_come_from_the_seeded_register_with_their_parents()
    {
        var units = (await stack.Http.GetFromJsonAsync<List<UnitBriefView>>("/api/units"))!;

        // The 74 units of data/units.csv (other tests add units of their own to the shared register).
        var seeded = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "units.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(74, seeded.Count);
        Assert.All(seeded, id => Assert.Contains(units, u => u.Id == id));
        var school = units.Single(u => u.Id == "thcs-phuong-5");
        Assert.Equal("truong-hoc", school.Group);
        Assert.Equal("tp-soc-trang", school.ParentId);
    }

    [Fact]
    public async Task The_site_and_its_documents_are_served_as_UTF_8()
    {
        var home = await stack.Http.GetAsync("/");
        var letter = await stack.Http.GetAsync("/documents/689-SNV-TDKT-2018.txt");

        Assert.Contains("<html lang=\"vi\"", await home.Content.ReadAsStringAsync());
        Assert.Equal("utf-8", letter.Content.Headers.ContentType!.CharSet);
        Assert.Contains("Sở Nội vụ", await letter.Content.ReadAsStringAsync());
    }
}
