namespace Kpss.Plans.Domain;

// PlanValidity (Schvaleny, Platny, Nahrazeny, Ukonceny) is the contract's: it is not stored, it follows from the plan's
// period and from the next approved plan of the same kind and area, so it changes on New Year's Day and when a
// successor is approved without anyone touching the plan.

/// <summary>An approved plan as its validity sees it: what it is, where, and for which years.</summary>
internal sealed record ApprovedPeriod(int PlanId, PlanKind Kind, string Area, int FromYear, int ToYear);

internal static class PlanValidities
{
    /// <summary>
    /// <paramref name="plan"/>'s validity on <paramref name="today"/> among the kraj's <paramref name="approved"/> plans:
    /// before its first year <see cref="PlanValidity.Schvaleny"/>; once a later plan of the same kind and area (the same
    /// words, whatever their case or spaces) has begun <see cref="PlanValidity.Nahrazeny"/>, even within its own period;
    /// otherwise <see cref="PlanValidity.Platny"/> up to its last year and <see cref="PlanValidity.Ukonceny"/> after it.
    /// </summary>
    public static PlanValidity Of(ApprovedPeriod plan, IEnumerable<ApprovedPeriod> approved, DateOnly today)
    {
        if (today.Year < plan.FromYear) return PlanValidity.Schvaleny;
        var replaced = approved.Any(other => other.PlanId != plan.PlanId && other.Kind == plan.Kind && SameArea(other.Area, plan.Area)
                                              && other.FromYear > plan.FromYear && other.FromYear <= today.Year);
        if (replaced) return PlanValidity.Nahrazeny;
        return today.Year <= plan.ToYear ? PlanValidity.Platny : PlanValidity.Ukonceny;
    }

    private static bool SameArea(string a, string b) =>
        string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string area) => string.Join(' ', area.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
