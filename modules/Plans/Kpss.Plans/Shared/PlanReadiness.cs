
namespace Kpss.Plans.Shared;

/// <summary>What a plan still lacks before a step that publishes it (comments, approval), as refusals.</summary>
internal static class PlanReadiness
{
    /// <param name="purpose">The step, as the refusal says it: "k připomínkám", "ke schválení".</param>
    public static OperationResult Check(PlanView view, string purpose)
    {
        var result = new OperationResult();
        foreach (var missing in view.Missing)
            result.Add("", PlanWords.NotReady(purpose, missing));
        return result;
    }
}

/// <summary>A step that needs nothing but the plan's version the writer started from (end comments, amend, end the hearing).</summary>
internal sealed record PlanVersionDto(int Version);
