using Kpss.Testing;

namespace Kpss.Host.Tests.Isolation;

/// <summary>Every route of the running host has the access the checked-in snapshot gives it, and none leans on the
/// fallback policy (an endpoint that forgot its attribute is closed, and named here).</summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class RoutePolicySnapshotTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task EveryRoute_HasTheAccessTheCheckedInSnapshotGivesIt()
    {
        var calls = await SweptEndpoints.ListAsync(app.Services);
        if (Environment.GetEnvironmentVariable("KPSS_UPDATE_ROUTE_POLICIES") == "1")
            await File.WriteAllTextAsync(RoutePolicySnapshot.FilePath, RoutePolicySnapshot.Format(calls));
        var expected = RoutePolicySnapshot.Expected;
        var actual = calls.ToDictionary(c => c.ToString(), c => c.Access, StringComparer.Ordinal);

        var differences = actual.Where(a => expected.GetValueOrDefault(a.Key) != a.Value)
            .Select(a => expected.TryGetValue(a.Key, out var was) ? $"changed: {a.Key}: {was} → {a.Value}" : $"new: {a.Key}: {a.Value}")
            .Concat(expected.Keys.Except(actual.Keys).Select(k => $"gone: {k}"))
            .ToList();

        Assert.True(calls.Count > 150, $"only {calls.Count} calls listed");
        Assert.True(differences.Count == 0,
            $"The host's routes differ from {RoutePolicySnapshot.FilePath} (update it on purpose: KPSS_UPDATE_ROUTE_POLICIES=1):\n" + string.Join("\n", differences));
    }

    [Fact]
    public async Task NoRoute_IsLeftToTheFallbackPolicy()
    {
        var unmarked = (await SweptEndpoints.ListAsync(app.Services)).Where(c => c.Access == RouteAccess.Fallback).Select(c => c.ToString()).ToList();

        Assert.True(unmarked.Count == 0, "say who may make these calls ([Authorize(Policy = …)] or [AllowAnonymous]):\n" + string.Join("\n", unmarked));
    }
}
