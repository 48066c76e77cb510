using Kpss.Modules.Abstractions.Security;
using Kpss.Plugins.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.ViewPlan;

/// <summary>A plan in preparation: what is missing, its chapters to write, its strategic part with codes and money.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanDetailModel(PlanReader reader, PlanFormats formats, InsertPlanFacts.InsertPlanFacts facts,
    RefreshActionPlan.RefreshActionPlan refresh, InsertOfferedText.InsertOfferedText offered) : PlansPage
{
    public const int CostRows = 3;

    public PlanView Plan { get; private set; } = null!;
    public PlanFormat Format { get; private set; } = PlanFormat.Default;

    [BindProperty]
    public ItemInput Item { get; set; } = new();

    /// <summary>The items in the order shown (priority, its goals, their measures, their activities, next priority).</summary>
    public IEnumerable<ItemView> Rows => Plan.AllItems();

    /// <summary>The kraj's current format is not the plan's own (the plan keeps its own until it takes the current one over).</summary>
    public bool FormatDiffers { get; private set; }

    /// <summary>An action plan in draft: the parent's approved edition newer than the one it took over (null: none).</summary>
    public int? NewerParentEdition { get; private set; }

    public string ItemLink => $"/{Kraj.Slug}/plany/priprava/{Plan.Id}/polozka/";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChapterAsync(int id, string key, string? text, int version, [FromServices] WriteChapter.WriteChapter write,
        CancellationToken ct)
    {
        var result = await write.SaveChapterAsync(KrajCode, id, key, text, version, ct);
        return await AfterAsync(id, result, PlanWords.Done.ChapterSaved, ct);
    }

    /// <summary>The facts from the plan's planning process, ready to insert into the descriptive part (null: no process).</summary>
    public string? Facts { get; private set; }

    /// <summary>The key of the plan's chapter that describes the process (the facts go there), or null.</summary>
    public string? FactsChapter => PlanFormats.ChapterFor(Format, ChapterPurpose.ProcessDescription)?.Key;

    public async Task<IActionResult> OnPostFactsAsync(int id, int version, CancellationToken ct) =>
        await AfterAsync(id, await facts.InsertFactsAsync(KrajCode, id, version, ct), PlanWords.Done.FactsInserted, ct);

    /// <summary>Text other modules offer for the draft's chapters (the evaluation of the previous plan…).</summary>
    public IReadOnlyList<InsertOfferedText.ChapterOffer> Offers { get; private set; } = [];

    public async Task<IActionResult> OnPostOfferAsync(int id, string key, string name, int version, CancellationToken ct) =>
        await AfterAsync(id, await offered.InsertAsync(KrajCode, id, key, name, version, ct), PlanWords.Done.OfferInserted, ct);

    public async Task<IActionResult> OnPostItemAsync(int id, int version, [FromServices] UseCases.AddItem.AddItem add, CancellationToken ct)
    {
        var result = await add.AddAsync(KrajCode, id, Item.WithoutSpareRows(), version, ct);
        return await AfterAsync(id, result, PlanWords.Done.ItemAdded, ct);
    }

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string done, CancellationToken ct)
    {
        if (result.Ok)
        {
            StatusMessage = string.Join(" ", [done, .. result.Warnings]);
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}");
        }
        Show(result);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await reader.ReadWithNetworkAsync(KrajCode, id, ct);
        if (plan is null) return false;
        Plan = plan;
        Format = await formats.OfAsync(KrajCode, id, ct);
        FormatDiffers = AdoptPlanFormat.FormatComparison.WouldChange(Format, await formats.CurrentAsync(KrajCode, ct),
            plan.Chapters.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => c.Key).ToHashSet());
        if (plan.Kind == PlanKind.Akcni) NewerParentEdition = await refresh.NewerParentEditionAsync(KrajCode, id, ct);
        if (plan.ProcessId is not null && plan.State == Kpss.Plans.Domain.PlanState.Navrh) Facts = await facts.FactsAsync(KrajCode, id, ct);
        if (plan.State == Kpss.Plans.Domain.PlanState.Navrh) Offers = await offered.OffersAsync(KrajCode, id, ct);
        while (Item.Costs.Count < CostRows) Item.Costs.Add(new ItemCost());
        if (Item.Indicators.Count == 0) Item.Indicators.Add(new ItemIndicator());
        return true;
    }
}
