using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Kpss.Tests.Shared;

namespace Kpss.Architecture.Tests;

public enum ProjectKind
{
    Host,
    ModuleAbstractions,
    Module,
    Contracts,
    PluginAbstractions,
    Plugin,
    Test,
    Build,
}

/// <summary>A project of the solution, what kind of part it is, and which projects it references.</summary>
public sealed record ProjectNode(string Name, ProjectKind Kind, IReadOnlyList<string> References);

/// <summary>The repository as the architecture rules see it: every .csproj and its project references.</summary>
public static class Solution
{
    public static string Root => TestEnvironment.Root;

    public static string Configuration => TestEnvironment.Configuration;

    public static IReadOnlyList<ProjectNode> Projects() =>
        Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(Read)
            .ToList();

    public static ProjectKind KindOf(string relativePath, string name) => relativePath.Split('/')[0] switch
    {
        "host" => ProjectKind.Host,
        "modules" when name is "Kpss.Modules.Abstractions" or "Kpss.Modules.Primitives" or "Kpss.Modules.Infrastructure" => ProjectKind.ModuleAbstractions,
        "modules" when name.EndsWith(".Contracts", StringComparison.Ordinal) => ProjectKind.Contracts,
        "modules" => ProjectKind.Module,
        "plugins" when name == "Kpss.Plugins.Abstractions" => ProjectKind.PluginAbstractions,
        "plugins" => ProjectKind.Plugin,
        "tests" => ProjectKind.Test,
        _ => ProjectKind.Build,
    };

    /// <summary>Names of the Kpss assemblies an assembly references, read from its metadata.</summary>
    public static IReadOnlyList<string> KpssReferencesOf(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        return md.AssemblyReferences
            .Select(h => md.GetString(md.GetAssemblyReference(h).Name))
            .Where(n => n.StartsWith("Kpss.", StringComparison.Ordinal))
            .ToList();
    }

    private static ProjectNode Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var relative = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Where(r => (string?)r.Attribute("ReferenceOutputAssembly") != "false")
            .Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/')))
            .ToList();
        return new ProjectNode(name, KindOf(relative, name), references);
    }
}
