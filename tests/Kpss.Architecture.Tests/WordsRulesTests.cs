using System.Text.RegularExpressions;

namespace Kpss.Architecture.Tests;

/// <summary>
/// A module's Czech is read in one place (<c>Messages/&lt;Module&gt;Words*.cs</c>, modules/README.md): no refusal of a
/// use case, no page title or crumb and no message a page shows after its form is written as a sentence anywhere else
/// in a module, today or in a module added later.
/// </summary>
public sealed partial class WordsRulesTests
{
    private static IEnumerable<string> ModuleSources() =>
        Directory.EnumerateDirectories(Path.Combine(Solution.Root, "modules"))
            .SelectMany(module => Directory.EnumerateDirectories(module, "Kpss.*"))
            .Where(project => !project.EndsWith(".Contracts", StringComparison.Ordinal))
            .SelectMany(project => Directory.EnumerateFiles(project, "*.cs*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                        && !Segment(f, "bin") && !Segment(f, "obj") && !Segment(f, "Messages") && !Segment(f, "Migrations"));

    private static bool Segment(string path, string name) =>
        path.Contains($"{Path.DirectorySeparatorChar}{name}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [Fact]
    public void NoRefusalTitleOrAfterFormMessage_IsWrittenOutsideTheModulesWords()
    {
        var files = ModuleSources().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files found");

        var found = (from file in files
                     from line in File.ReadLines(file).Select((text, i) => (Text: text, Number: i + 1))
                     where Sentence().IsMatch(line.Text)
                     select $"{Path.GetRelativePath(Solution.Root, file)}:{line.Number}: {line.Text.Trim()}").ToList();

        Assert.True(found.Count == 0, $"{found.Count} sentences outside Messages/<Module>Words*.cs:\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheRule_FindsASentenceWhereItWouldBe()
    {
        Assert.Matches(Sentence(), """        if (plan is null) return OperationResult.Missing("Plán neexistuje.");""");
        Assert.Matches(Sentence(), """            result.Add("ToYear", $"Období plánu nemůže končit dřív, než {x}.");""");
        Assert.Matches(Sentence(), """    ViewData.Page("Příprava plánů");""");
        Assert.Matches(Sentence(), """            StatusMessage = "Položka je uložena.";""");
        Assert.Matches(Sentence(), """        errors["q"] = ["Hledaný text může mít nejvýše 200 znaků."];""");
        Assert.Matches(Sentence(), """            new DeskSection("plans.drafts", "Plány v přípravě", 40, items,""");
        Assert.DoesNotMatch(Sentence(), """        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);""");
        Assert.DoesNotMatch(Sentence(), """        Check.Required(result, "Title", input.Title, "název plánu", 300);""");
    }

    /// <summary>A Czech sentence (a string with a Czech letter) handed to a refusal, a page title or crumb, a desk's section, or a page's message.</summary>
    [GeneratedRegex("""(OperationResult\.(Invalid|Missing|Denied|Stale)\((\s*"[^"]*"\s*,)?|\b(result|errors)\.Add\(("[^"]*"\s*,\s*)?|errors\[[^\]]*\]\s*=\s*\[|ViewData\.Page\(|new Crumb\(|new KrajLink\(|StatusMessage\s*=|\bProblem\s*=|NotFound\(|new (Desk|Home)Section\("[^"]*",)\s*\$?"[^"]*[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]""")]
    private static partial Regex Sentence();
}
