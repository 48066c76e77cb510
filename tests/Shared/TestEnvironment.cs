using System.Net;
using System.Net.Sockets;

namespace Kpss.Tests.Shared;

/// <summary>Compiled into every test project (tests/Directory.Build.props): the repository, the configuration, ports.</summary>
internal static class TestEnvironment
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whatever the running test assembly was built as.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kpss.Platform.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Kpss.Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
