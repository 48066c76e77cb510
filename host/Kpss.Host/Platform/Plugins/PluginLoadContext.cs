using System.Reflection;
using System.Runtime.Loader;

namespace Kpss.Host.Platform.Plugins;

/// <summary>
/// One plugin's own load context. Whatever the host itself ships (the framework, the abstractions, the host's packages)
/// comes from the default context, so a plugin and the host share one <c>IKrajPlugin</c> type; the plugin's other
/// dependencies are resolved from its folder through its <c>.deps.json</c>.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private static readonly HashSet<string> HostAssemblies = ReadHostAssemblies();

    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } name && HostAssemblies.Contains(name))
            return null;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is not null && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is not null ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }

    private static HashSet<string> ReadHostAssemblies()
    {
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
