using Kpss.Tests.Shared;

namespace Kpss.Testing;

/// <summary>Where the repository and the build output of the tests' configuration are.</summary>
public static class RepoPaths
{
    public static string Root => TestEnvironment.Root;

    public static string Configuration => TestEnvironment.Configuration;

    public static string HostOutput => Path.Combine(Root, "host", "Kpss.Host", "bin", Configuration, "net10.0");

    public static string HostPlugins => Path.Combine(HostOutput, "plugins");

    public static string PluginOutput(string project) => Path.Combine(Root, "plugins", project, "bin", Configuration, "net10.0");

    public static string NewTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
