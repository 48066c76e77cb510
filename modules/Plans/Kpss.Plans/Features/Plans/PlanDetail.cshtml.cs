using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Security;
using Kpss.Plans.Services;
using Kpss.Plugins.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.Features.Plans;

/// <summary>A plan in preparation: what is missing, its chapters to write, its strategic part with codes and money.</summary>
[Authorize(Policy = KpssPolicies.KrajWideCoordinator)]
internal sealed class PlanDetailModel(PlanReader reader, PlanBook book, Strategy strategy, PlanFormats formats) : PlansPage
{
    public const int CostRows = 3;

    public sealed class ItemForm
    {
        public int? ParentId { get; set; }
        public string? Title { get; set; }
        public string? Category { get; set; }
        public string? TargetGroup { get; set; }
        public string? Responsible { get; set; }
        public int? FromYear { get; set; }
        public int? ToYear { get; set; }
        public List<CostForm> Costs { get; set; } = [];
        public List<IndicatorForm> Indicators { get; set; } = [];
    }

    public sealed class IndicatorForm
    {
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public decimal? Baseline { get; set; }
        public decimal? Target { get; set; }
        public int? Year { get; set; }
    }

    public sealed class CostForm
    {
        public int? Year { get; set; }
        public string? Source { get; set; }
        public long? Amount { get; set; }
    }

    public PlanView Plan { get; private set; } = null!;
    public PlanFormat Format { get; private set; } = PlanFormat.Default;

    [BindProperty]
    public ItemForm Item { get; set; } = new();

    /// <summary>The items in the order shown, each with its depth (1 priority … 4 activity).</summary>
    public IEnumerable<ItemView> Rows => Flatten(Plan.Priorities);

    private static IEnumerable<ItemView> Flatten(IEnumerable<ItemView> items) => items.SelectMany(i => new[] { i }.Concat(Flatten(i.Children)));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChapterAsync(int id, string key, string? text, int version, CancellationToken ct)
    {
        var result = await book.SaveChapterAsync(KrajCode, id, key, text, version, ct);
        return await AfterAsync(id, result, "Kapitola je uložena.", ct);
    }

    public async Task<IActionResult> OnPostItemAsync(int id, int version, CancellationToken ct)
    {
        var input = new ItemInput(Item.ParentId, Item.Title, null, Item.ParentId is null ? Item.Category : null, Item.TargetGroup,
            Item.Responsible, null, null, Item.FromYear, Item.ToYear, null,
            Item.Costs.Where(c => c.Year is not null || c.Amount is not null || !string.IsNullOrWhiteSpace(c.Source))
                .Select(c => new CostInput(c.Year, c.Source, c.Amount)).ToList(),
            Item.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name) || !string.IsNullOrWhiteSpace(i.Unit) || i.Target is not null)
                .Select(i => new IndicatorInput(i.Name, i.Unit, i.Baseline, i.Target, i.Year)).ToList());
        var result = await strategy.AddAsync(KrajCode, id, input, version, ct);
        return await AfterAsync(id, result, "Položka je přidána.", ct);
    }

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string done, CancellationToken ct)
    {
        if (result.Ok)
        {
            StatusMessage = done;
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}");
        }
        Show(result);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await reader.ReadAsync(KrajCode, id, ct);
        if (plan is null) return false;
        Plan = plan;
        Format = await formats.ForAsync(KrajCode, ct);
        while (Item.Costs.Count < CostRows) Item.Costs.Add(new CostForm());
        if (Item.Indicators.Count == 0) Item.Indicators.Add(new IndicatorForm());
        return true;
    }
}
