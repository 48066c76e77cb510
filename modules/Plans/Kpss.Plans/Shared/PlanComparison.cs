using System.Globalization;

namespace Kpss.Plans.Shared;

internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between two editions: an item (by its code) or a chapter, with what changed in Czech.</summary>
internal sealed record PlanChange(ChangeKind Kind, string Code, string Title, IReadOnlyList<string> Details, long MoneyBefore, long MoneyAfter);

/// <summary>What differs between two readings of a plan (two editions, or an edition and the draft).</summary>
internal sealed record PlanDifference(IReadOnlyList<string> Chapters, IReadOnlyList<PlanChange> Items, long TotalBefore, long TotalAfter);

/// <summary>
/// Compares two readings of a plan. Items are matched by their codes, which are given once and never reused, so a
/// measure that moved is the same measure, and one removed and another added are told apart. Money is an item's own
/// (by year and source), not its subtree's, so a change is shown where it was made.
/// </summary>
internal static class PlanComparison
{
    private static readonly CultureInfo Cs = CultureInfo.GetCultureInfo("cs-CZ");

    public static PlanDifference Compare(PlanView older, PlanView newer)
    {
        var chapters = new List<string>();
        var before = older.Chapters.ToDictionary(c => c.Key);
        foreach (var c in newer.Chapters)
        {
            if (!before.TryGetValue(c.Key, out var old)) chapters.Add($"Kapitola „{c.Title}“ je nová.");
            else if (old.Text.Trim() != c.Text.Trim()) chapters.Add($"Kapitola „{c.Title}“ je změněna.");
        }
        foreach (var c in older.Chapters.Where(c => newer.Chapters.All(n => n.Key != c.Key)))
            chapters.Add($"Kapitola „{c.Title}“ už v plánu není.");

        var items = CompareItems(older.AllItems().ToList(), newer.AllItems().ToList());
        return new PlanDifference(chapters, items, older.Totals.Total, newer.Totals.Total);
    }

    /// <summary>The items that differ, matched by code: added, changed (with what, in Czech), removed.</summary>
    public static List<PlanChange> CompareItems(IReadOnlyList<ItemView> older, IReadOnlyList<ItemView> newer)
    {
        var olderItems = older.ToDictionary(i => i.Code);
        var newerItems = newer.ToDictionary(i => i.Code);
        var items = new List<PlanChange>();
        foreach (var item in newer)
        {
            if (!olderItems.TryGetValue(item.Code, out var old))
            {
                items.Add(new PlanChange(ChangeKind.Added, item.Code, item.Title, [], 0, Own(item)));
                continue;
            }
            var details = Details(old, item);
            if (details.Count > 0) items.Add(new PlanChange(ChangeKind.Changed, item.Code, item.Title, details, Own(old), Own(item)));
        }
        foreach (var old in older.Where(i => !newerItems.ContainsKey(i.Code)))
            items.Add(new PlanChange(ChangeKind.Removed, old.Code, old.Title, [], Own(old), 0));
        return items;
    }

    private static long Own(ItemView item) => item.Costs.Sum(c => c.Amount);

    private static List<string> Details(ItemView a, ItemView b)
    {
        var details = new List<string>();
        void Field(string name, string? x, string? y)
        {
            if ((x ?? "") != (y ?? "")) details.Add($"{name}: „{x ?? "–"}“ → „{y ?? "–"}“");
        }
        Field("název", a.Title, b.Title);
        Field("popis", a.Description, b.Description);
        Field("druh priority", a.Category, b.Category);
        Field("cílová skupina", a.TargetGroup, b.TargetGroup);
        Field("odpovídá", a.Responsible, b.Responsible);
        Field("IČO", a.ResponsibleIco, b.ResponsibleIco);
        Field("partneři", a.Partners, b.Partners);
        Field("pracovní skupina", a.WorkingGroup, b.WorkingGroup);
        Field("období", Period(a), Period(b));
        var moneyA = a.Costs.ToDictionary(c => (c.Year, c.Source), c => c.Amount);
        var moneyB = b.Costs.ToDictionary(c => (c.Year, c.Source), c => c.Amount);
        foreach (var key in moneyA.Keys.Union(moneyB.Keys).OrderBy(k => k.Year).ThenBy(k => k.Source))
        {
            var x = moneyA.GetValueOrDefault(key);
            var y = moneyB.GetValueOrDefault(key);
            if (x != y) details.Add($"financování {key.Year}, {PlanWords.Source(key.Source)}: {PlanWords.Money(x)} → {PlanWords.Money(y)}");
        }
        var capacityA = string.Join("; ", a.Changes.Select(c => c.Describe()));
        var capacityB = string.Join("; ", b.Changes.Select(c => c.Describe()));
        if (capacityA != capacityB) details.Add($"změny sítě: „{(capacityA == "" ? "–" : capacityA)}“ → „{(capacityB == "" ? "–" : capacityB)}“");
        var indicatorsA = string.Join("; ", a.Indicators.Select(Indicator));
        var indicatorsB = string.Join("; ", b.Indicators.Select(Indicator));
        if (indicatorsA != indicatorsB) details.Add($"ukazatele: „{(indicatorsA == "" ? "–" : indicatorsA)}“ → „{(indicatorsB == "" ? "–" : indicatorsB)}“");
        return details;
    }

    private static string? Period(ItemView i) => i.FromYear is null ? null : i.FromYear == i.ToYear ? $"{i.FromYear}" : $"{i.FromYear}–{i.ToYear}";

    private static string Indicator(IndicatorView x) =>
        $"{x.Name} {(x.Baseline is { } b ? b.ToString("0.##", Cs) + " → " : "")}{x.Target.ToString("0.##", Cs)} {x.Unit} ({x.Year})";
}
