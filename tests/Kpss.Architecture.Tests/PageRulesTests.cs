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

    /// <summary>
    /// Pages, partials and layouts are found by their path inside their assembly, and the host takes each path from
    /// one assembly only: two modules that both ship <c>/UseCases/Import/Import.cshtml</c> or <c>/Shared/_Messages.cshtml</c>
    /// would silently show one module's view in the other. (A <c>_ViewImports</c> is read only when its own project compiles.)
    /// </summary>
    [Fact]
    public void NoTwoProjects_ShipAViewAtTheSamePath()
    {
        var views = Directory.EnumerateFiles(Solution.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => p.StartsWith(Path.Combine(Solution.Root, "host"), StringComparison.Ordinal)
                        || p.StartsWith(Path.Combine(Solution.Root, "modules"), StringComparison.Ordinal))
            .SelectMany(project => Directory.EnumerateFiles(Path.GetDirectoryName(project)!, "*.cshtml", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                            && Path.GetFileName(f) != "_ViewImports.cshtml")
                .Select(f => (Project: Path.GetFileNameWithoutExtension(project), Path: "/" + Path.GetRelativePath(Path.GetDirectoryName(project)!, f).Replace('\\', '/'))))
            .ToList();
        Assert.True(views.Count > 30, $"only {views.Count} views found");

        var shared = views.GroupBy(v => v.Path).Where(g => g.Select(v => v.Project).Distinct().Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(v => v.Project))})").ToList();

        Assert.True(shared.Count == 0, "views at the same path in several projects: " + string.Join("; ", shared));
    }

    [GeneratedRegex(@"ViewData\.Page\(\s*[^)\s]")]
    private static partial Regex PageCall();

    [GeneratedRegex("class=\"(button|button secondary|primary|notice|error)\"")]
    private static partial Regex OwnLook();
}
