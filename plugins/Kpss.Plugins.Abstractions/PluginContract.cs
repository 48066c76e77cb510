namespace Kpss.Plugins.Abstractions;

/// <summary>The contract version a plugin is built against is the version of this assembly it references.</summary>
public static class PluginContract
{
    public static Version Version { get; } = typeof(PluginContract).Assembly.GetName().Version ?? new Version(0, 0);

    /// <summary>A plugin built against <paramref name="builtAgainst"/> runs on this host's contract.</summary>
    public static bool IsCompatible(Version builtAgainst) =>
        builtAgainst.Major == Version.Major && builtAgainst.Minor <= Version.Minor;
}
