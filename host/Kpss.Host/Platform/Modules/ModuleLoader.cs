using System.Reflection;
using System.Runtime.Loader;
using Kpss.Modules.Abstractions;

namespace Kpss.Host.Platform.Modules;

/// <summary>The modules the host found in its <c>modules/</c> folder.</summary>
public sealed record LoadedModules(IReadOnlyList<IModule> Modules);

/// <summary>
/// Loads <c>modules/&lt;Name&gt;/&lt;Name&gt;.dll</c> into the default load context, so that modules share one copy of
/// each other's Contracts. Each module's own dependencies are found through its <c>.deps.json</c>. Unlike a kraj plugin,
/// a module is part of the product: a broken module stops the start with a clear message.
/// </summary>
internal static class ModuleLoader
{
    public static IReadOnlyList<IModule> LoadAll(string modulesPath)
    {
        if (!Directory.Exists(modulesPath))
            return [];

        var modules = new List<IModule>();
        foreach (var folder in Directory.GetDirectories(modulesPath).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var mainPath = Path.GetFullPath(Path.Combine(folder, name + ".dll"));
            if (!File.Exists(mainPath))
                throw new InvalidOperationException($"Module folder {folder} has no {name}.dll.");

            var resolver = new AssemblyDependencyResolver(mainPath);
            AssemblyLoadContext.Default.Resolving += (context, assemblyName) =>
                resolver.ResolveAssemblyToPath(assemblyName) is { } path && File.Exists(path)
                    ? context.LoadFromAssemblyPath(path)
                    : null;

            var assembly = LoadedOrOnAppPath(name) ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(mainPath);
            var types = assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(t))
                .ToList();
            if (types.Count == 0)
                throw new InvalidOperationException($"Module assembly {mainPath} has no class implementing IModule.");
            modules.AddRange(types.Select(t => (IModule)Activator.CreateInstance(t)!));
        }

        var duplicate = modules.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two modules are named {duplicate.Key}.");
        return modules;
    }

    public static Assembly AssemblyOf(IModule module) => module.GetType().Assembly;

    /// <summary>
    /// The module's assembly if the process already has it or can load it by name (a test project that references the
    /// module): one copy only, whatever the path.
    /// </summary>
    private static Assembly? LoadedOrOnAppPath(string name)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
        if (loaded is not null) return loaded;
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator);
        return tpa.Any(p => Path.GetFileNameWithoutExtension(p) == name)
            ? AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name))
            : null;
    }
}
