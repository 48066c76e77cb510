using Kpss.Modules.Abstractions.Pages;
using Kpss.Plans.Public;

namespace Kpss.Plans.Desk;

/// <summary>The Plans module's part of a kraj's public home page: plans open for comment and plans in force (two small queries).</summary>
internal sealed class PlansHome(PublicPlans plans) : IKrajHomeContributor
{
    public const int Shown = 5;

    public async Task<IReadOnlyList<HomeSection>> SectionsAsync(string krajCode, string krajSlug, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await plans.ListAsync(krajCode, ct);
        var entries = rows.Take(Shown).Select(r => new HomeEntry(r.Title,
            r.InComment ? $"připomínky do {PlanWords.Date(r.CommentsTo!.Value)}"
                : $"schválen {PlanWords.Date(r.InForce!.ApprovedOn!.Value)}, {(r.FromYear == r.ToYear ? $"{r.FromYear}" : $"{r.FromYear}–{r.ToYear}")}",
            $"/{krajSlug}/plany/{r.Id}")).ToList();
        return [new HomeSection("plans", "Plány sociálních služeb", 15, entries, "Zatím tu není žádný schválený plán ani návrh k připomínkám.",
            new Crumb("Všechny plány", $"/{krajSlug}/plany"))];
    }
}
