using Kpss.Modules.Abstractions;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Kpss.Plans.Shared;
using Kpss.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Services;

/// <summary>
/// The strategic part as data: adding, changing and reordering priorities → goals → measures → activities. An item's
/// number is given once and kept, so codes survive reordering; every save moves the plan's version on and checks the
/// version the writer started from. A save changes one item and its money, never the whole plan.
/// </summary>
internal sealed class Strategy(PlansDbContext db, PlanBook book, PlanFormats formats, Kpss.Modules.Abstractions.Tenancy.IKrajDirectory kraje)
{
    public static readonly IReadOnlyDictionary<string, FundingSource> Sources = new Dictionary<string, FundingSource>(StringComparer.OrdinalIgnoreCase)
    {
        ["obec"] = FundingSource.Obec, ["kraj"] = FundingSource.Kraj, ["mpsv"] = FundingSource.Mpsv, ["eu"] = FundingSource.Eu,
        ["uzivatele"] = FundingSource.Uzivatele, ["jine"] = FundingSource.Jine,
    };

    public static string LevelName(ItemLevel level) => level switch
    {
        ItemLevel.Priorita => "Priorita", ItemLevel.Cil => "Cíl", ItemLevel.Opatreni => "Opatření", _ => "Aktivita",
    };

    public async Task<OperationResult> AddAsync(string krajCode, int planId, ItemInput input, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPlan);
        var result = PlanBook.Editable(plan);
        if (!result.Ok) return result;
        var level = ItemLevel.Priorita;
        PlanItem? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Items.SingleOrDefaultAsync(i => i.Id == parentId && i.PlanId == planId, ct);
            if (parent is null) return OperationResult.Invalid("ParentId", "Nadřazená položka v tomto plánu neexistuje.");
            if (parent.Level == ItemLevel.Aktivita) return OperationResult.Invalid("ParentId", "Pod aktivitou už nic dalšího být nemůže.");
            level = parent.Level + 1;
        }
        var format = await formats.ForAsync(krajCode, ct);
        var item = new PlanItem { PlanId = planId, ParentId = input.ParentId, Level = level };
        Apply(item, input, plan, format, result);
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();

        var siblings = await db.Items.Where(i => i.PlanId == planId && i.ParentId == input.ParentId)
            .GroupBy(_ => 1).Select(g => new { Number = g.Max(i => i.Number), Order = g.Max(i => i.Order) }).SingleOrDefaultAsync(ct);
        // One more than any sibling ever had: the counter on the parent (or the plan) outlives a removed item.
        var last = Math.Max(parent?.NumberedChildren ?? plan.NumberedPriorities, siblings?.Number ?? 0);
        item.Number = last + 1;
        if (parent is null) plan.NumberedPriorities = item.Number;
        else parent.NumberedChildren = item.Number;
        item.Order = (siblings?.Order ?? 0) + 1;
        db.Items.Add(item);
        var saved = await book.TouchAndSaveAsync(plan, ct);
        return saved.Ok ? OperationResult.Success(item.Id) : saved;
    }

    public async Task<OperationResult> ChangeAsync(string krajCode, int planId, int itemId, ItemInput input, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        var item = plan is null ? null : await db.Items.Include(i => i.Costs).Include(i => i.Indicators).Include(i => i.Capacities)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct);
        if (plan is null || item is null) return OperationResult.Missing(plan is null ? PlanWords.NoPlan : "Položka plánu neexistuje.");
        var result = PlanBook.Editable(plan);
        if (!result.Ok) return result;
        if (input.ParentId != item.ParentId)
            return OperationResult.Invalid("ParentId", "Položku nelze přesunout pod jinou nadřazenou položku; založte ji tam znovu.");
        Apply(item, input, plan, await formats.ForAsync(krajCode, ct), result);
        if (!result.Ok) return result;
        if (plan.Version != version) return OperationResult.Stale();
        var saved = await book.TouchAndSaveAsync(plan, ct);
        return saved.Ok ? OperationResult.Success(item.Id) : saved;
    }

    /// <summary>
    /// Removes an item that has nothing under it, with its money and indicators; its number is not given again, so no
    /// other item takes its code. An item with children is refused: remove them first.
    /// </summary>
    public async Task<OperationResult> RemoveAsync(string krajCode, int planId, int itemId, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        var item = plan is null ? null : await db.Items.SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct);
        if (plan is null || item is null) return OperationResult.Missing(plan is null ? PlanWords.NoPlan : "Položka plánu neexistuje.");
        var result = PlanBook.Editable(plan);
        if (!result.Ok) return result;
        if (await db.Items.AnyAsync(i => i.PlanId == planId && i.ParentId == itemId, ct))
            return OperationResult.Invalid("", $"{LevelName(item.Level)} „{item.Title}“ má pod sebou další položky: odeberte nejdřív je.");
        if (plan.Version != version) return OperationResult.Stale();
        db.Items.Remove(item);
        return await book.TouchAndSaveAsync(plan, ct);
    }

    /// <summary>Puts an item at <paramref name="position"/> (1-based) among its siblings; codes stay as they are.</summary>
    public async Task<OperationResult> MoveAsync(string krajCode, int planId, int itemId, int position, int version, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        var item = plan is null ? null : await db.Items.SingleOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct);
        if (plan is null || item is null) return OperationResult.Missing(plan is null ? PlanWords.NoPlan : "Položka plánu neexistuje.");
        var result = PlanBook.Editable(plan);
        if (!result.Ok) return result;
        var siblings = await db.Items.Where(i => i.PlanId == planId && i.ParentId == item.ParentId).OrderBy(i => i.Order).ToListAsync(ct);
        if (position < 1 || position > siblings.Count)
            return OperationResult.Invalid("Position", $"Pořadí musí být od 1 do {siblings.Count}.");
        if (plan.Version != version) return OperationResult.Stale();
        siblings.Remove(item);
        siblings.Insert(position - 1, item);
        for (var i = 0; i < siblings.Count; i++)
            siblings[i].Order = i + 1;
        return await book.TouchAndSaveAsync(plan, ct);
    }

    private void Apply(PlanItem item, ItemInput input, Plan plan, PlanFormat format, OperationResult result)
    {
        var name = LevelName(item.Level).ToLowerInvariant();
        Check.Required(result, "Title", input.Title, $"název ({name})", 500);
        Check.Optional(result, "Description", input.Description, "popis", 8000);
        if (item.Level == ItemLevel.Priorita)
        {
            var category = format.PriorityCategories.FirstOrDefault(c => c.Key == input.Category?.Trim());
            if (category is null)
                result.Add("Category", $"Neznámý druh priority „{input.Category}“: {string.Join(", ", format.PriorityCategories.Select(c => c.Key))}.");
            else if (category.HasTargetGroup && string.IsNullOrWhiteSpace(input.TargetGroup))
                result.Add("TargetGroup", $"{category.Title} musí uvést cílovou skupinu.");
            Check.Optional(result, "TargetGroup", input.TargetGroup, "cílová skupina", 200);
            item.Category = category?.Key;
            item.TargetGroup = category is { HasTargetGroup: true } ? Check.Clean(input.TargetGroup) : null;
        }
        var withMoney = item.Level is ItemLevel.Opatreni or ItemLevel.Aktivita;
        if (!withMoney && (input.Costs?.Count > 0 || input.Indicators?.Count > 0 || input.Capacities?.Count > 0 || input.Responsible is not null || input.FromYear is not null || input.ToYear is not null))
            result.Add("", "Odpovědnost, období, financování a ukazatele mají jen opatření a aktivity.");
        if (withMoney)
        {
            Check.Optional(result, "Responsible", input.Responsible, "odpovědný subjekt", 300);
            Check.Optional(result, "Partners", input.Partners, "partneři", 1000);
            Check.Optional(result, "WorkingGroup", input.WorkingGroup, "pracovní skupina", 200);
            var ico = Check.Clean(input.ResponsibleIco);
            if (ico is not null && (ico.Length != 8 || !ico.All(char.IsAsciiDigit)))
                result.Add("ResponsibleIco", "IČO má osm číslic.");
            if (input.FromYear is { } f && (f < plan.FromYear || f > plan.ToYear))
                result.Add("FromYear", $"Období musí ležet v období plánu ({plan.FromYear}–{plan.ToYear}).");
            if (input.ToYear is { } t && (t < plan.FromYear || t > plan.ToYear))
                result.Add("ToYear", $"Období musí ležet v období plánu ({plan.FromYear}–{plan.ToYear}).");
            if (input.FromYear is { } from && input.ToYear is { } to && to < from)
                result.Add("ToYear", "Období nemůže končit dřív, než začíná.");
            if ((input.FromYear is null) != (input.ToYear is null))
                result.Add("ToYear", "Zadejte první i poslední rok, nebo ani jeden.");

            var costs = new List<PlanCost>();
            var n = 0;
            foreach (var cost in input.Costs ?? [])
            {
                n++;
                var field = $"Costs[{n - 1}]";
                FundingSource source = default;
                if (cost.Year is not { } year || year < plan.FromYear || year > plan.ToYear)
                    result.Add(field + ".Year", $"Řádek financování {n}: rok musí ležet v období plánu ({plan.FromYear}–{plan.ToYear}).");
                if (cost.Source is null || !Sources.TryGetValue(cost.Source.Trim(), out source))
                    result.Add(field + ".Source", $"Řádek financování {n}: neznámý zdroj „{cost.Source}“ (obec, kraj, mpsv, eu, uzivatele, jine).");
                if (cost.Amount is null)
                    result.Add(field + ".Amount", $"Řádek financování {n}: zadejte částku v Kč.");
                else if (cost.Amount < 0)
                    result.Add(field + ".Amount", $"Řádek financování {n}: částka nesmí být záporná.");
                else if (cost.Amount > 100_000_000_000)
                    result.Add(field + ".Amount", $"Řádek financování {n}: částka je příliš velká.");
                if (cost.Year is { } y && costs.Any(c => c.Year == y && c.Source == source) && cost.Source is not null && Sources.ContainsKey(cost.Source.Trim()))
                    result.Add(field + ".Source", $"Řádek financování {n}: rok {y} a zdroj „{cost.Source.Trim().ToLowerInvariant()}“ už jsou uvedeny výše.");
                costs.Add(new PlanCost { Year = cost.Year ?? 0, Source = source, Amount = cost.Amount ?? 0 });
            }
            var indicators = new List<PlanIndicator>();
            var k = 0;
            foreach (var indicator in input.Indicators ?? [])
            {
                k++;
                var field = $"Indicators[{k - 1}]";
                Check.Required(result, field + ".Name", indicator.Name, $"název ukazatele {k}", 200);
                Check.Required(result, field + ".Unit", indicator.Unit, $"jednotka ukazatele {k}", 50);
                if (indicator.Target is null)
                    result.Add(field + ".Target", $"Ukazatel {k}: zadejte cílovou hodnotu.");
                if (indicator.Target is < 0 or > 1_000_000_000_000 || indicator.Baseline is < 0 or > 1_000_000_000_000)
                    result.Add(field + ".Target", $"Ukazatel {k}: hodnoty musí být od 0 do bilionu.");
                if (indicator.Year is not { } year || year < plan.FromYear || year > plan.ToYear)
                    result.Add(field + ".Year", $"Ukazatel {k}: rok musí ležet v období plánu ({plan.FromYear}–{plan.ToYear}).");
                indicators.Add(new PlanIndicator
                {
                    Order = k, Name = indicator.Name?.Trim() ?? "", Unit = indicator.Unit?.Trim() ?? "", Baseline = indicator.Baseline,
                    Target = indicator.Target ?? 0, Year = indicator.Year ?? 0,
                });
            }
            var capacities = Capacities(input.Capacities, plan.KrajCode, result);
            if (result.Ok)
            {
                item.Capacities.Clear();
                item.Capacities.AddRange(capacities);
                item.Indicators.Clear();
                item.Indicators.AddRange(indicators);
                item.Responsible = Check.Clean(input.Responsible);
                item.ResponsibleIco = ico;
                item.Partners = Check.Clean(input.Partners);
                item.WorkingGroup = Check.Clean(input.WorkingGroup);
                item.FromYear = input.FromYear;
                item.ToYear = input.ToYear;
                item.Costs.Clear();
                item.Costs.AddRange(costs);
            }
        }
        if (result.Ok)
        {
            item.Title = input.Title!.Trim();
            item.Description = Check.Clean(input.Description);
        }
    }

    /// <summary>The changes of the network as entered, each row checked with its own Czech message.</summary>
    private List<PlanCapacityChange> Capacities(IReadOnlyList<ItemCapacity>? rows, string krajCode, OperationResult result)
    {
        var changes = new List<PlanCapacityChange>();
        var n = 0;
        foreach (var row in rows ?? [])
        {
            n++;
            var field = $"Capacities[{n - 1}]";
            var kind = Kpss.Catalogue.Contracts.ServiceKinds.Find(row.Kind);
            if (kind is null) result.Add(field + ".Kind", $"Změna sítě {n}: neznámý druh služby „{row.Kind}“ (paragraf 37–70 zákona 108/2006 Sb. nebo název).");
            var form = Kpss.Catalogue.Contracts.FormNames.Find(row.Form);
            if (form is null) result.Add(field + ".Form", $"Změna sítě {n}: forma je ambulantní, terénní, nebo pobytová.");
            if (row.OrpCsuCode is { } orp && kraje.FindOrp(orp) is not { } found)
                result.Add(field + ".OrpCsuCode", $"Změna sítě {n}: ORP s kódem {orp} neexistuje.");
            else if (row.OrpCsuCode is { } orpCode && kraje.FindOrp(orpCode)!.KrajCode != krajCode)
                result.Add(field + ".OrpCsuCode", $"Změna sítě {n}: ORP leží v jiném kraji.");
            var capacity = row.Capacity ?? 0;
            var staff = row.Staff ?? 0;
            if (capacity is < -100_000 or > 100_000) result.Add(field + ".Capacity", $"Změna sítě {n}: kapacita se mění nejvýše o 100 000.");
            if (staff is < -10_000 or > 10_000 || decimal.Round(staff, 2) != staff)
                result.Add(field + ".Staff", $"Změna sítě {n}: úvazky se mění nejvýše o 10 000, na setiny.");
            if (capacity == 0 && staff == 0) result.Add(field + ".Capacity", $"Změna sítě {n}: zadejte změnu kapacity nebo úvazků (kladnou, nebo zápornou).");
            var unit = Kpss.Catalogue.Contracts.CapacityUnits.Find(row.Unit);
            if (capacity != 0 && unit is null)
                result.Add(field + ".Unit", $"Změna sítě {n}: jednotka kapacity je {string.Join(", ", Kpss.Catalogue.Contracts.CapacityUnits.All)}.");
            changes.Add(new PlanCapacityChange
            {
                Order = n, Paragraph = kind?.Paragraph ?? "", Form = form ?? default, OrpCsuCode = row.OrpCsuCode, Capacity = capacity,
                Unit = capacity == 0 ? null : unit, Staff = staff,
            });
        }
        return changes;
    }
}
