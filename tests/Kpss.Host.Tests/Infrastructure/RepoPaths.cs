namespace Kpss.Host.Tests.Infrastructure;

/// <summary>Where the repository and the build output of the tests' configuration are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whatever this test assembly was built as.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string HostOutput => Path.Combine(Root, "host", "Kpss.Host", "bin", Configuration, "net10.0");

    public static string HostPlugins => Path.Combine(HostOutput, "plugins");

    public static string PluginOutput(string project) => Path.Combine(Root, "plugins", project, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kpss.Platform.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Kpss.Platform.sln not found above " + AppContext.BaseDirectory);
    }

    public static string NewTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
