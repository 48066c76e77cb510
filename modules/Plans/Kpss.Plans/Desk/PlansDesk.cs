using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Plans.Desk;

/// <summary>
/// Plans on a coordinator's desk: the drafts they may write, the least recently touched first — the kraj's for its
/// kraj-wide coordinators, those of their processes for coordinators narrowed to some — and the comments still waiting
/// for an answer, per plan. Two queries.
/// </summary>
internal sealed class PlansDesk(PlansDbContext db) : IDeskContributor
{
    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        var narrowed = ProcessScope.ProcessesOf(desk.User, desk.KrajCode);
        var drafts = await db.Plans.AsNoTracking()
            .Where(p => p.State == PlanState.Navrh && (narrowed == null || (p.ProcessId != null && narrowed.Contains(p.ProcessId.Value))))
            .OrderBy(p => p.UpdatedAtUtc)
            .Select(p => new { p.Id, p.Title, p.FromYear, p.ToYear, p.UpdatedAtUtc }).Take(20).ToListAsync(ct);
        var items = drafts.Select(p => new DeskItem(p.Title,
                $"{(p.FromYear == p.ToYear ? $"{p.FromYear}" : $"{p.FromYear}–{p.ToYear}")}, naposledy upraven {PragueTime.Format(p.UpdatedAtUtc)}",
                $"/{desk.KrajSlug}/plany/priprava/{p.Id}", "Pokračovat", null, DeskUrgency.Info))
            .ToList();
        // Confirmed comments still without an answer, per plan and edition: one grouped query.
        var waiting = await db.Comments.AsNoTracking()
            .Where(c => c.ConfirmedAtUtc != null && c.Answer == CommentAnswer.Zadna)
            .Join(db.Plans.Where(p => narrowed == null || (p.ProcessId != null && narrowed.Contains(p.ProcessId.Value))),
                c => c.PlanId, p => p.Id, (c, p) => new { p.Id, p.Title, p.State, p.CommentsTo, c.Edition })
            .GroupBy(x => new { x.Id, x.Title, x.State, x.CommentsTo, x.Edition })
            .Select(g => new { g.Key.Id, g.Key.Title, g.Key.State, g.Key.CommentsTo, g.Key.Edition, Count = g.Count() })
            .OrderBy(x => x.Id).Take(20).ToListAsync(ct);
        var answers = waiting.Select(w => new DeskItem(w.Title,
                $"{w.Count} {(w.Count == 1 ? "připomínka čeká" : w.Count < 5 ? "připomínky čekají" : "připomínek čeká")} na odpověď" +
                (w.State == PlanState.Pripominkovani && w.CommentsTo is { } to ? $"; připomínkování do {PlanWords.Date(to)}" : ""),
                $"/{desk.KrajSlug}/plany/priprava/{w.Id}/pripominky?vydani={w.Edition}", "Odpovědět", null,
                w.State == PlanState.Pripominkovani ? DeskUrgency.Info : DeskUrgency.Soon))
            .ToList();
        return
        [
            new DeskSection("plans.drafts", PlanWords.Desk.Drafts, 40, items,
                PlanWords.Desk.NoDrafts, new Crumb(PlanWords.Desk.AllPlans, $"/{desk.KrajSlug}/plany/priprava")),
            new DeskSection("plans.comments", PlanWords.Desk.Unanswered, 41, answers, PlanWords.Desk.NoUnanswered),
        ];
    }
}
