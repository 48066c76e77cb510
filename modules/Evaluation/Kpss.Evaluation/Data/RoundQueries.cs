namespace Kpss.Evaluation.Data;

internal static class RoundQueries
{
    /// <summary>A round of the kraj, tracked for a change, or null (another kraj's round is not found either).</summary>
    public static Task<MonitoringRound?> RoundAsync(this EvaluationDbContext db, string krajCode, int roundId, CancellationToken ct) =>
        db.Rounds.SingleOrDefaultAsync(r => r.Id == roundId && r.KrajCode == krajCode, ct);
}
