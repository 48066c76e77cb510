using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Kpss.Architecture.Tests;

/// <summary>
/// Internal by default: a module's public face is its Contracts assembly and its IModule. Every other public type of a
/// module assembly must be on the short list below with the reason it has to be public; a handler, an entity or a page
/// model turned public fails here (kgrzybek's modular monolith does the same).
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>Kinds of type a module may keep public, and why.</summary>
    private static readonly (string What, Func<string, string, bool> Matches)[] Allowed =
    [
        // The host finds and creates the module by reflection through the kernel's IModule.
        ("the module's IModule", (ns, name) => name.EndsWith("Module", StringComparison.Ordinal) && ns.Count(c => c == '.') == 1),
        // Written by `dotnet ef migrations add` and never rewritten (a rule of this repository).
        ("EF migrations and model snapshots", (ns, _) => ns.Contains(".Migrations", StringComparison.Ordinal)),
    ];

    public static IEnumerable<object[]> Modules() =>
        Directory.EnumerateDirectories(Path.Combine(Solution.Root, "modules"))
            .Select(Path.GetFileName)
            .Where(n => n!.Length > 0 && !n.StartsWith("Kpss.", StringComparison.Ordinal) && File.Exists(Path.Combine(Solution.Root, "modules", n, $"Kpss.{n}", $"Kpss.{n}.csproj")))
            .Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Modules))]
    public void AModule_ShowsOnlyItsIModule_AndGeneratedMigrations(string module)
    {
        var assembly = Path.Combine(Solution.Root, "host", "Kpss.Host", "bin", Solution.Configuration, "net10.0", "modules", $"Kpss.{module}", $"Kpss.{module}.dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built");

        var extra = PublicTypes(assembly).Where(t => !Allowed.Any(a => a.Matches(t.Namespace, t.Name)))
            .Select(t => $"{t.Namespace}.{t.Name}").Order(StringComparer.Ordinal).ToList();

        Assert.True(extra.Count == 0, $"{extra.Count} public types in Kpss.{module} that should be internal:\n" + string.Join("\n", extra));
    }

    /// <summary>Types visible outside the assembly: public top-level types and public types nested in them.</summary>
    private static List<(string Namespace, string Name)> PublicTypes(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var visible = new List<(string, string)>();
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            if (!IsVisible(md, type)) continue;
            var name = md.GetString(type.Name);
            var ns = md.GetString(type.Namespace);
            for (var outer = type; outer.GetDeclaringType() is { IsNil: false } parent; )
            {
                outer = md.GetTypeDefinition(parent);
                name = md.GetString(outer.Name) + "+" + name;
                ns = md.GetString(outer.Namespace);
            }
            visible.Add((ns, name));
        }
        return visible;
    }

    private static bool IsVisible(MetadataReader md, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public) return true;
        if (visibility != TypeAttributes.NestedPublic) return false;
        return IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType()));
    }
}
