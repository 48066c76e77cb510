using Kpss.Testing;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// The checked-in list of every call the host answers and who may make it (<c>route-policies.txt</c> beside this file):
/// one line per call, <c>ACCESS␉METHOD ROUTE[?handler=NAME]</c>. It is ours, not the code's: the sweeps read what is public
/// from here, and <see cref="RoutePolicySnapshotTests"/> fails on any difference from the running host until the file is
/// changed on purpose in the same commit (<c>KPSS_UPDATE_ROUTE_POLICIES=1</c> rewrites it from the host; read the diff).
/// </summary>
public static class RoutePolicySnapshot
{
    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "Kpss.Host.Tests", "Isolation", "route-policies.txt");

    /// <summary>Call (as <see cref="SweptCall.ToString"/>) → its access.</summary>
    public static IReadOnlyDictionary<string, string> Expected { get; } = Read();

    public static string Format(IEnumerable<SweptCall> calls) =>
        "# Who may make each call the host answers: ACCESS<TAB>CALL. Checked against the running host by RoutePolicySnapshotTests;\n" +
        "# the sweeps take what is public from here. Change it on purpose: KPSS_UPDATE_ROUTE_POLICIES=1 rewrites it.\n" +
        string.Concat(calls.Select(c => $"{c.Access}\t{c}\n"));

    private static Dictionary<string, string> Read()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(FilePath))
            return map;
        foreach (var line in File.ReadLines(FilePath).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            map[line[(tab + 1)..]] = line[..tab];
        }
        return map;
    }
}
