using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Shared;

/// <summary>
/// The rules of an item of the strategic part (priority → goal → measure → activity), checked in one place for adding
/// and changing it: each field with its Czech message, money per year and source, indicators, changes of the network.
/// Applied to the entity only when everything is right.
/// </summary>
internal sealed class ItemRules(Kpss.Modules.Abstractions.Tenancy.IKrajDirectory kraje)
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

    public void Apply(PlanItem item, ItemInput input, Plan plan, PlanFormat format, OperationResult result)
    {
        var name = LevelName(item.Level).ToLowerInvariant();
        Check.Required(result, "Title", input.Title, $"název ({name})", 500);
        Check.Optional(result, "Description", input.Description, "popis", 8000);
        if (item.Level == ItemLevel.Priorita)
        {
            var category = format.PriorityCategories.FirstOrDefault(c => c.Key == input.Category?.Trim());
            if (category is null)
                result.Add("Category", PlanWords.UnknownCategory(input.Category, format.PriorityCategories.Select(c => c.Key)));
            else if (category.HasTargetGroup && string.IsNullOrWhiteSpace(input.TargetGroup))
                result.Add("TargetGroup", PlanWords.CategoryNeedsTargetGroup(category.Title));
            Check.Optional(result, "TargetGroup", input.TargetGroup, "cílová skupina", 200);
            item.Category = category?.Key;
            item.TargetGroup = category is { HasTargetGroup: true } ? Check.Clean(input.TargetGroup) : null;
        }
        var withMoney = item.Level is ItemLevel.Opatreni or ItemLevel.Aktivita;
        if (!withMoney && (input.Costs?.Count > 0 || input.Indicators?.Count > 0 || input.Capacities?.Count > 0 || input.Responsible is not null || input.FromYear is not null || input.ToYear is not null))
            result.Add("", PlanWords.OnlyMeasuresHaveDetails);
        if (withMoney)
        {
            Check.Optional(result, "Responsible", input.Responsible, "odpovědný subjekt", 300);
            Check.Optional(result, "Partners", input.Partners, "partneři", 1000);
            Check.Optional(result, "WorkingGroup", input.WorkingGroup, "pracovní skupina", 200);
            var ico = Check.Clean(input.ResponsibleIco);
            if (ico is not null && (ico.Length != 8 || !ico.All(char.IsAsciiDigit)))
                result.Add("ResponsibleIco", PlanWords.IcoDigits);
            else if (ico is not null && !Kpss.Modules.Abstractions.Ico.IsValid(ico))
                result.Add("ResponsibleIco", PlanWords.IcoCheckDigit(ico));
            if (input.FromYear is { } f && (f < plan.FromYear || f > plan.ToYear))
                result.Add("FromYear", PlanWords.OutsidePlanPeriod(plan.FromYear, plan.ToYear));
            if (input.ToYear is { } t && (t < plan.FromYear || t > plan.ToYear))
                result.Add("ToYear", PlanWords.OutsidePlanPeriod(plan.FromYear, plan.ToYear));
            if (input.FromYear is { } from && input.ToYear is { } to && to < from)
                result.Add("ToYear", PlanWords.PeriodEndsBeforeStart);
            if ((input.FromYear is null) != (input.ToYear is null))
                result.Add("ToYear", PlanWords.PeriodBothOrNone);

            var costs = new List<PlanCost>();
            var n = 0;
            foreach (var cost in input.Costs ?? [])
            {
                n++;
                var field = $"Costs[{n - 1}]";
                FundingSource source = default;
                if (cost.Year is not { } year || year < plan.FromYear || year > plan.ToYear)
                    result.Add(field + ".Year", PlanWords.CostYearOutside(n, plan.FromYear, plan.ToYear));
                if (cost.Source is null || !Sources.TryGetValue(cost.Source.Trim(), out source))
                    result.Add(field + ".Source", PlanWords.CostSourceUnknown(n, cost.Source));
                if (cost.Amount is null)
                    result.Add(field + ".Amount", PlanWords.CostAmountMissing(n));
                else if (cost.Amount < 0)
                    result.Add(field + ".Amount", PlanWords.CostAmountNegative(n));
                else if (cost.Amount > 100_000_000_000)
                    result.Add(field + ".Amount", PlanWords.CostAmountTooLarge(n));
                if (cost.Year is { } y && costs.Any(c => c.Year == y && c.Source == source) && cost.Source is not null && Sources.ContainsKey(cost.Source.Trim()))
                    result.Add(field + ".Source", PlanWords.CostRepeated(n, y, cost.Source.Trim().ToLowerInvariant()));
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
                    result.Add(field + ".Target", PlanWords.IndicatorTargetMissing(k));
                if (indicator.Target is < 0 or > 1_000_000_000_000 || indicator.Baseline is < 0 or > 1_000_000_000_000)
                    result.Add(field + ".Target", PlanWords.IndicatorOutOfRange(k));
                if (indicator.Year is not { } year || year < plan.FromYear || year > plan.ToYear)
                    result.Add(field + ".Year", PlanWords.IndicatorYearOutside(k, plan.FromYear, plan.ToYear));
                indicators.Add(new PlanIndicator
                {
                    Order = k, Name = indicator.Name?.Trim() ?? "", Unit = indicator.Unit?.Trim() ?? "", Baseline = indicator.Baseline,
                    Target = indicator.Target ?? 0, Year = indicator.Year ?? 0,
                });
            }
            var capacities = Capacities(input, plan, result);
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

    /// <summary>
    /// The changes of the network as entered, each row checked with its own Czech message. Each takes effect in a year of
    /// the plan's period, and of the item's own period when it has one; in a plan of one year the year may be left out.
    /// </summary>
    private List<PlanCapacityChange> Capacities(ItemInput input, Plan plan, OperationResult result)
    {
        var krajCode = plan.KrajCode;
        var changes = new List<PlanCapacityChange>();
        var n = 0;
        foreach (var row in input.Capacities ?? [])
        {
            n++;
            var field = $"Capacities[{n - 1}]";
            var year = row.Year ?? (plan.FromYear == plan.ToYear ? plan.FromYear : null);
            if (year is null)
                result.Add(field + ".Year", PlanWords.ChangeYearMissing(n));
            else if (year < plan.FromYear || year > plan.ToYear)
                result.Add(field + ".Year", PlanWords.ChangeYearOutside(n, plan.FromYear, plan.ToYear));
            else if (input.FromYear is { } from && input.ToYear is { } to && from <= to && (year < from || year > to))
                result.Add(field + ".Year", PlanWords.ChangeYearOutsideItem(n, from, to));
            var kind = Kpss.Catalogue.Contracts.ServiceKinds.Find(row.Kind);
            if (kind is null) result.Add(field + ".Kind", PlanWords.ChangeKindUnknown(n, row.Kind));
            var form = Kpss.Catalogue.Contracts.FormNames.Find(row.Form);
            if (form is null) result.Add(field + ".Form", PlanWords.ChangeFormUnknown(n));
            if (row.OrpCsuCode is { } orp && kraje.FindOrp(orp) is not { } found)
                result.Add(field + ".OrpCsuCode", PlanWords.ChangeOrpUnknown(n, orp));
            else if (row.OrpCsuCode is { } orpCode && kraje.FindOrp(orpCode)!.KrajCode != krajCode)
                result.Add(field + ".OrpCsuCode", PlanWords.ChangeOrpInOtherKraj(n));
            var capacity = row.Capacity ?? 0;
            var staff = row.Staff ?? 0;
            if (capacity is < -100_000 or > 100_000) result.Add(field + ".Capacity", PlanWords.ChangeCapacityOutOfRange(n));
            if (staff is < -10_000 or > 10_000 || decimal.Round(staff, 2) != staff)
                result.Add(field + ".Staff", PlanWords.ChangeStaffOutOfRange(n));
            if (capacity == 0 && staff == 0) result.Add(field + ".Capacity", PlanWords.ChangeEmpty(n));
            var unit = Kpss.Catalogue.Contracts.CapacityUnits.Find(row.Unit);
            if (capacity != 0 && unit is null)
                result.Add(field + ".Unit", PlanWords.ChangeUnitUnknown(n));
            changes.Add(new PlanCapacityChange
            {
                Order = n, Year = year ?? 0, Paragraph = kind?.Paragraph ?? "", Form = form ?? default, OrpCsuCode = row.OrpCsuCode, Capacity = capacity,
                Unit = capacity == 0 ? null : unit, Staff = staff,
            });
        }
        return changes;
    }
}
