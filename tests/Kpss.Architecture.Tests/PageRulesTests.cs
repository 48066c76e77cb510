using System.Text.RegularExpressions;

namespace Kpss.Architecture.Tests;

/// <summary>
/// Every page of the host and of every module, present and future, tells the shared layout its Czech title and
/// breadcrumb trail (<c>ViewData.Page(…)</c>) and uses no button look of its own.
/// </summary>
public sealed partial class PageRulesTests
{
    public static IEnumerable<string> Pages() =>
        new[] { "host", "modules" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Solution.Root, dir), "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).FirstOrDefault()?.StartsWith("@page", StringComparison.Ordinal) == true);

    [Fact]
    public void EveryPage_GivesItsTitleAndTrail_ThroughViewDataPage()
    {
        var pages = Pages().ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages found");

        var missing = pages.Where(f => !PageCall().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Solution.Root, f)).ToList();

        Assert.True(missing.Count == 0, "pages without ViewData.Page(…): " + string.Join(", ", missing));
    }

    [Fact]
    public void NoPage_DrawsItsOwnButtons_OrNotices()
    {
        var old = Pages().Where(f => OwnLook().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Solution.Root, f)).ToList();

        Assert.True(old.Count == 0, "pages with class=\"button\", \"primary\", \"notice\" or \"error\" (use gov=… and gov-message=…): " + string.Join(", ", old));
    }

    [GeneratedRegex(@"ViewData\.Page\(\s*[^)\s]")]
    private static partial Regex PageCall();

    [GeneratedRegex("class=\"(button|button secondary|primary|notice|error)\"")]
    private static partial Regex OwnLook();
}
