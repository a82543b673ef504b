namespace ContestServerless.Tests.Browser;

/// <summary>Every page of the product: a new page joins the checks of <see cref="EveryPageTests"/> by a line here.</summary>
public static class SitePages
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/", Audience.Public, "#documents a"),
        new("submit", "/submit.html", Audience.Public, "#submit-entry:enabled"),
        new("receipt", "/receipt.html?id={entry}&code={code}", Audience.Public, "#entry-title:not(:empty)"),
        new("rules", "/rules.html", Audience.Public, "#rules-closes"),
        new("letter-689", "/documents/689-SNV-TDKT-2018.html", Audience.Public, "#letter"),
        new("lookup", "/lookup.html", Audience.Public, "#lookup-form"),
        new("lookup-result", "/lookup.html?id={entry}&code={code}", Audience.Public, "#lookup-result dl"),
        new("results", "/ket-qua.html", Audience.Public, "#results-status[data-state]"),
        new("reading-room", "/tac-pham.html", Audience.Public, "#works-status[data-state]"),
        new("privacy-notice", "/du-lieu-ca-nhan.html", Audience.Public, "#who-heading"),
        new("entrant-record", "/ho-so.html#id={entry}&code={code}", Audience.Public, "#record-entry"),
        new("staff-sign-in", "/dang-nhap.html", Audience.NoRole, "#sign-in-status[data-state='no-role']"),
        new("unit-portal", "/unit/#t={token}", Audience.Unit, "#unit-entry-rows tr[data-entry]"),
        new("unit-hand-in", "/submit.html#t={token}", Audience.Unit, "#submit-entry:enabled"),
        new("admin-dashboard", "/admin/", Audience.Organizer, "#chart-by-movement figure[data-drawn]"),
        new("admin-contest", "/admin/contest.html", Audience.Organizer, "#movements-0-name"),
        new("admin-entries", "/admin/entries.html", Audience.Organizer, "#entries-rows tr[data-entry]"),
        new("admin-entry", "/admin/entry.html?id={entry}", Audience.Organizer, "#entry-download"),
        new("admin-units", "/admin/units.html", Audience.Organizer, "#units-table tr[data-unit]"),
        new("admin-reports", "/admin/reports.html", Audience.Organizer, "#reports-rows tr"),
        new("admin-reminders", "/admin/reminders.html", Audience.Organizer, "#preview-rows tr"),
        new("admin-audit", "/admin/audit.html", Audience.Organizer, "#audit-rows tr"),
        new("admin-messages", "/admin/messages.html", Audience.Organizer, "#messages-rows tr"),
        new("admin-privacy", "/admin/privacy.html", Audience.Organizer, "#retention-status"),
        new("admin-staff", "/admin/staff.html", Audience.Organizer, "#staff-rows tr"),
        new("admin-judging", "/admin/judging.html", Audience.Organizer, "#chart-judges figure[data-drawn]"),
        new("admin-ranking", "/admin/ranking.html#{round}", Audience.Organizer, "#ranking-rows tr[data-code]"),
        new("admin-results", "/admin/results.html", Audience.Organizer, "#chart-scores figure[data-drawn]"),
        new("admin-templates", "/admin/templates.html?kind=reminder", Audience.Organizer, "#placeholders dt"),
        new("admin-broadcasts", "/admin/broadcasts.html", Audience.Organizer, "#broadcast-form[data-ready]"),
        new("admin-as-judge", "/admin/", Audience.Judge, "#access-way"),
        new("judge-assignments", "/judge/", Audience.Judge, "#judge-assignments li[data-code]"),
        new("judge-entry", "/judge/entry.html#{sealed}", Audience.Judge, "#essay:not([aria-busy]):not([hidden]) + .judge-sheet #score-criteria input"),
    ];

    public static SitePage Named(string name) => All.Single(page => page.Name == name);
}
