using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Shared;

/// <summary>What the item fields' partial shows: the form, the plan's years, the kraj's priority kinds, and the level
/// (null on the "new item" form, where the level follows from the parent chosen, so every field is offered).</summary>
internal sealed record ItemFields(ItemInput Item, PlanView Plan, PlanFormat Format, ItemLevel? Level,
    IReadOnlyList<Kpss.Modules.Abstractions.Tenancy.OrpInfo>? Orps = null);

/// <summary>The strategic table and the totals of a plan; <c>ItemLink</c> + an item's id links each item (null: no links).</summary>
internal sealed record StrategyTable(PlanView Plan, string? ItemLink);
