using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Abuse;

/// <summary>
/// The site serves the ALTCHA widget from web/vendor/altcha (the deployed site has no node_modules); those files are
/// the npm package pinned in package.json, byte for byte, so an upgrade goes through package.json and this test.
/// </summary>
public sealed class VendoredWidgetTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "altcha.min.js", "dist/external/altcha.min.js" },
        { "altcha.css", "dist/external/altcha.css" },
        { "pbkdf2.js", "dist/workers/pbkdf2.js" },
        { "vi.js", "dist/i18n/vi.js" },
        { "LICENSE.txt", "LICENSE.txt" },
    };

    /// <summary>Chartist, which draws the organizers' charts (web/js/admin/charts.js), vendored the same way.</summary>
    public static TheoryData<string, string> ChartFiles => new()
    {
        { "chartist.umd.js", "dist/index.umd.js" },
        { "chartist.css", "dist/index.css" },
        { "LICENSE-MIT.txt", "LICENSE-MIT" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_served_widget_file_is_the_pinned_package_file(string served, string packaged)
    {
        var root = LocalHostApp.FindRepositoryRoot();

        var site = File.ReadAllBytes(Path.Combine(root, "web", "vendor", "altcha", served));
        var package = File.ReadAllBytes(Path.Combine(root, "node_modules", "altcha", packaged));

        Assert.Equal(package, site);
    }

    [Theory]
    [MemberData(nameof(ChartFiles))]
    public void The_served_chart_library_file_is_the_pinned_package_file(string served, string packaged)
    {
        var root = LocalHostApp.FindRepositoryRoot();

        var site = File.ReadAllBytes(Path.Combine(root, "web", "vendor", "chartist", served));
        var package = File.ReadAllBytes(Path.Combine(root, "node_modules", "chartist", packaged));

        Assert.Equal(package, site);
    }
}
