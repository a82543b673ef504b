using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>The unit portal as a focal point uses it, through the unit's personal link.</summary>
public static class UnitPortalPage
{
    /// <summary>Opens the portal at the unit's link and checks whose it is and its count ("received/minimum").</summary>
    public static async Task OpenAsync(IPage focal, string link, string unitName, string count)
    {
        await focal.GotoAsync(link);
        await focal.WaitForSelectorAsync("#portal:not([hidden])");
        Assert.Equal(unitName, await focal.TextContentAsync("#unit-name"));
        Assert.Equal(count, await focal.TextContentAsync("#unit-count"));
    }

    /// <summary>Fills in and sends the quick report, then waits for its first version in the list.</summary>
    public static async Task FileQuickReportAsync(IPage focal, QuickReportForm report)
    {
        foreach (var channel in report.Channels) await focal.CheckAsync($"input[name='channels'][value='{channel}']");
        if (report.OtherChannel is not null) await focal.FillAsync("#report-otherChannel", report.OtherChannel);
        (string Field, string Value)[] fields =
        [
            ("focalPointNamedOn", report.FocalPointNamedOn), ("peopleReached", report.PeopleReached), ("entriesCollected", report.EntriesCollected),
            ("difficulties", report.Difficulties), ("reportedBy", report.ReportedBy),
        ];
        foreach (var (field, value) in fields) await focal.FillAsync($"#report-{field}", value);
        await focal.ClickAsync("#report-submit");
        await focal.WaitForSelectorAsync("#report-versions li[data-version='1']");
    }
}

/// <summary>A quick report as the focal point types it in (dates dd/MM/yyyy, numbers as typed).</summary>
public sealed record QuickReportForm(
    string[] Channels, string? OtherChannel, string FocalPointNamedOn, string PeopleReached, string EntriesCollected, string Difficulties,
    string ReportedBy);
