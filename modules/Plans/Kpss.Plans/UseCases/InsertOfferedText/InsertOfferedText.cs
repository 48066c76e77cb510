using Kpss.Plans.Contracts;

namespace Kpss.Plans.UseCases.InsertOfferedText;

/// <summary>Text another module offers for a chapter of the plan: the chapter (by its purpose in the plan's format), what it is, the text.</summary>
internal sealed record ChapterOffer(string ChapterKey, string Name, string Markdown);

/// <summary>
/// Use case: other modules offer text for a chapter of a purpose (<see cref="IChapterTextOffer"/>, e.g. the evaluation of
/// the previous plan); the coordinator sees each offer on the plan's page and inserts it at the end of its chapter on
/// request, checked like any chapter save. Page: PlanDetail (handler Offer).
/// </summary>
internal sealed class InsertOfferedText(PlansDbContext db, PlanFormats formats, IEnumerable<IChapterTextOffer> offers, WriteChapter.WriteChapter chapters)
{
    /// <summary>What the registered modules offer for the plan's chapters (none for a purpose its format has no chapter for).</summary>
    public async Task<IReadOnlyList<ChapterOffer>> OffersAsync(string krajCode, int planId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return [];
        var format = await formats.OfAsync(plan, ct);
        var found = new List<ChapterOffer>();
        foreach (var offer in offers)
        {
            if (PlanFormats.ChapterFor(format, Enum.Parse<Kpss.Plugins.Abstractions.ChapterPurpose>(offer.Purpose.ToString())) is not { } chapter) continue;
            if (await offer.OfferAsync(krajCode, plan.Id, plan.FromYear, plan.ToYear, ct) is { } text)
                found.Add(new ChapterOffer(chapter.Key, text.Name, text.Markdown));
        }
        return found;
    }

    /// <summary>Appends the offer named <paramref name="name"/> for chapter <paramref name="chapterKey"/> to that chapter.</summary>
    public async Task<OperationResult> InsertAsync(string krajCode, int planId, string chapterKey, string name, int version, CancellationToken ct)
    {
        var offer = (await OffersAsync(krajCode, planId, ct)).FirstOrDefault(o => o.ChapterKey == chapterKey && o.Name == name);
        if (offer is null) return OperationResult.Invalid("", PlanWords.NoSuchOffer);
        var text = await db.Chapters.AsNoTracking().Where(c => c.PlanId == planId && c.Key == chapterKey).Select(c => c.Text).SingleOrDefaultAsync(ct) ?? "";
        return await chapters.SaveChapterAsync(krajCode, planId, chapterKey, (text.Length == 0 ? "" : text + "\n\n") + offer.Markdown, version, ct);
    }
}
