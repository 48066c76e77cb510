using Kpss.Modules.Abstractions.Pages;
using Kpss.Plans.Public;

namespace Kpss.Plans.Desk;

/// <summary>The Plans module's part of a kraj's public home page: the plans in force first, then those open for comment,
/// then the history (the public list's order, <see cref="PublicPlanRow.Rank"/>), each with its validity.</summary>
internal sealed class PlansHome(PublicPlans plans) : IKrajHomeContributor
{
    public const int Shown = 5;

    public async Task<IReadOnlyList<HomeSection>> SectionsAsync(string krajCode, string krajSlug, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await plans.ListAsync(krajCode, ct);
        var entries = rows.Take(Shown).Select(r => new HomeEntry(r.Title,
            r.InComment && r.Validity != PlanValidity.Platny ? $"připomínky do {PlanWords.Date(r.CommentsTo!.Value)}"
                : $"{PlanWords.Validity(r.Validity!.Value, r.FromYear)}, schválen {PlanWords.Date(r.InForce!.ApprovedOn!.Value)}, {(r.FromYear == r.ToYear ? $"{r.FromYear}" : $"{r.FromYear}–{r.ToYear}")}",
            $"/{krajSlug}/plany/{r.Id}")).ToList();
        return [new HomeSection("plans", PlanWords.Pages.Public, 15, entries, PlanWords.Desk.NoPublicPlan,
            new Crumb(PlanWords.Desk.AllPlans, $"/{krajSlug}/plany"))];
    }
}
