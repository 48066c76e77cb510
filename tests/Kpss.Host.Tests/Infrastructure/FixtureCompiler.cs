using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Kpss.Testing;

namespace Kpss.Host.Tests.Infrastructure;

/// <summary>Builds small real assemblies (plugins, modules) for loader tests with Roslyn.</summary>
public static class FixtureCompiler
{
    private static readonly Lazy<IReadOnlyList<string>> PlatformAssemblies = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList());

    /// <summary>
    /// Compiles <paramref name="source"/> into <c>outputDirectory/assemblyName.dll</c> against everything this test
    /// process runs with, except the assemblies named in <paramref name="without"/>, plus <paramref name="extra"/>.
    /// </summary>
    public static string Compile(string outputDirectory, string assemblyName, string source,
        IEnumerable<string>? extra = null, IEnumerable<string>? without = null)
    {
        var excluded = new HashSet<string>(without ?? [], StringComparer.OrdinalIgnoreCase);
        var references = PlatformAssemblies.Value
            .Where(p => !excluded.Contains(Path.GetFileNameWithoutExtension(p)))
            .Concat(extra ?? [])
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, assemblyName + ".dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!result.Success)
                throw new InvalidOperationException($"Fixture {assemblyName} does not compile:\n{string.Join("\n", errors)}");
        }
        return path;
    }
}

/// <summary>Kraj plugins that go wrong in each of the ways the host must survive, and one that works.</summary>
public static class FixturePlugins
{
    public static string PluginSource(string ns, string id, string start = "", string baseClass = "") => $$"""
        namespace {{ns}};
        public sealed class Plugin : {{baseClass}}Kpss.Plugins.Abstractions.IKrajPlugin
        {
            public string Id => "{{id}}";
            public string Name => "Plugin {{id}}";
            public string Description => "Testovací plugin.";
            public System.Collections.Generic.IReadOnlyCollection<string> KrajCodes { get; } = new[] { "CZ064" };
            public void Start() { {{start}} }
        }
        """;

    /// <summary>Throws while starting.</summary>
    public static void Throwing(string pluginsPath) =>
        FixtureCompiler.Compile(Path.Combine(pluginsPath, "Kpss.Kraj.Padajici"), "Kpss.Kraj.Padajici",
            PluginSource("Kpss.Kraj.Padajici", "padajici", "throw new System.InvalidOperationException(\"Konfigurace chybí\");"));

    /// <summary>A folder without its main assembly.</summary>
    public static void MissingMainFile(string pluginsPath) =>
        Directory.CreateDirectory(Path.Combine(pluginsPath, "Kpss.Kraj.Chybejici"));

    /// <summary>Built against contract version 9.0 of Kpss.Plugins.Abstractions.</summary>
    public static void IncompatibleContract(string pluginsPath, string scratch)
    {
        var fakeContract = FixtureCompiler.Compile(Path.Combine(scratch, "contract-v9"), "Kpss.Plugins.Abstractions", """
            [assembly: System.Reflection.AssemblyVersion("9.0.0.0")]
            namespace Kpss.Plugins.Abstractions;
            public interface IKrajPlugin
            {
                string Id { get; }
                string Name { get; }
                string Description { get; }
                System.Collections.Generic.IReadOnlyCollection<string> KrajCodes { get; }
                void Start();
            }
            """, without: ["Kpss.Plugins.Abstractions"]);
        FixtureCompiler.Compile(Path.Combine(pluginsPath, "Kpss.Kraj.Budouci"), "Kpss.Kraj.Budouci",
            PluginSource("Kpss.Kraj.Budouci", "budouci"), extra: [fakeContract], without: ["Kpss.Plugins.Abstractions"]);
    }

    /// <summary>Its plugin class derives from a type in a library that is not in the plugin folder.</summary>
    public static void MissingDependency(string pluginsPath, string scratch)
    {
        var helper = FixtureCompiler.Compile(Path.Combine(scratch, "helper"), "Kpss.Kraj.Pomocnik",
            "namespace Kpss.Kraj.Pomocnik; public abstract class PluginBase { }");
        FixtureCompiler.Compile(Path.Combine(pluginsPath, "Kpss.Kraj.Nekompletni"), "Kpss.Kraj.Nekompletni",
            PluginSource("Kpss.Kraj.Nekompletni", "nekompletni", baseClass: "Kpss.Kraj.Pomocnik.PluginBase, "), extra: [helper]);
    }

    /// <summary>A copy of a built plugin (e.g. Kpss.Kraj.Jihocesky from the host's output) into another plugins folder.</summary>
    public static void CopyBuilt(string sourceDirectory, string pluginsPath, string name)
    {
        var target = Path.Combine(pluginsPath, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(sourceDirectory))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
    }
}
