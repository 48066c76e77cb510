using System.Xml.Linq;

namespace Kpss.Architecture.Tests;

/// <summary>
/// A Contracts assembly is what another module compiles against: it carries nothing heavier than the BCL and the
/// kernel's plain types (Kpss.Modules.Primitives: OperationResult, the mail, CzechText) — not Autofac (which comes with
/// Kpss.Modules.Abstractions) nor EF Core, its providers, Markdig or CsvHelper (Kpss.Modules.Infrastructure, which only
/// the host and the modules reference).
/// </summary>
public sealed class KernelWeightTests
{
    private static readonly string[] Contracts = Directory
        .EnumerateFiles(Path.Combine(Solution.Root, "modules"), "*.Contracts.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void ContractsProjects_ReferenceOnlyThePlainKernel_AndNoPackage()
    {
        Assert.True(Contracts.Length >= 3, $"only {Contracts.Length} Contracts projects found");
        foreach (var project in Contracts)
        {
            var xml = XDocument.Load(project);
            var name = Path.GetFileNameWithoutExtension(project);
            Assert.True(!xml.Descendants("PackageReference").Any(), $"{name} references a package");
            var references = xml.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ToList();
            var heavy = references.Where(r => r != "Kpss.Modules.Primitives" && !r.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
            Assert.True(heavy.Count == 0, $"{name} references {string.Join(", ", heavy)}");
        }
    }

    [Fact]
    public void ContractsAssemblies_ReferenceNoKpssAssemblyButThePlainKernelAndContracts()
    {
        foreach (var project in Contracts)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var dll = Path.Combine(Path.GetDirectoryName(project)!, "bin", Solution.Configuration, "net10.0", name + ".dll");
            var references = Solution.KpssReferencesOf(dll);
            var heavy = references.Where(r => r != "Kpss.Modules.Primitives" && !r.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
            Assert.True(heavy.Count == 0, $"{name}.dll references {string.Join(", ", heavy)}");
        }
    }

    [Fact]
    public void TheKernel_LeavesTheDataAndTextPackagesToInfrastructure()
    {
        var kernel = XDocument.Load(Path.Combine(Solution.Root, "modules", "Kpss.Modules.Abstractions", "Kpss.Modules.Abstractions.csproj"));
        Assert.Equal(["Autofac"], kernel.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToArray());
        var infrastructure = XDocument.Load(Path.Combine(Solution.Root, "modules", "Kpss.Modules.Infrastructure", "Kpss.Modules.Infrastructure.csproj"));
        var packages = infrastructure.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
        foreach (var heavy in new[] { "Microsoft.EntityFrameworkCore.Relational", "Npgsql.EntityFrameworkCore.PostgreSQL", "Pomelo.EntityFrameworkCore.MySql", "Markdig", "CsvHelper" })
            Assert.Contains(heavy, packages);
    }

    [Fact]
    public void ThePlainKernel_HasNoReferenceAtAll()
    {
        var xml = XDocument.Load(Path.Combine(Solution.Root, "modules", "Kpss.Modules.Primitives", "Kpss.Modules.Primitives.csproj"));
        Assert.Empty(xml.Descendants("PackageReference"));
        Assert.Empty(xml.Descendants("ProjectReference"));
        Assert.Empty(xml.Descendants("FrameworkReference"));
    }
}
