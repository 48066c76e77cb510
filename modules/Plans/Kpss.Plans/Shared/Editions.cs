
namespace Kpss.Plans.Shared;

/// <summary>A plan's editions by name: "navrh" is the draft as it is now, a number is that edition as approved (or, if it
/// was never approved, as put to comment).</summary>
internal sealed class Editions(PlanReader reader, Snapshots snapshots)
{
    public const string Draft = "navrh";

    public async Task<PlanView?> ReadAsync(string krajCode, int planId, string? name, CancellationToken ct)
    {
        if (string.Equals(name, Draft, StringComparison.OrdinalIgnoreCase)) return await reader.ReadAsync(krajCode, planId, ct);
        if (!int.TryParse(name, out var edition) || edition < 1) return null;
        return await snapshots.ReadAsync(krajCode, planId, edition, SnapshotStage.Schvaleny, ct)
            ?? await snapshots.ReadAsync(krajCode, planId, edition, SnapshotStage.Pripominkovani, ct);
    }
}
