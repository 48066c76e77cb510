using Kpss.Plans.Contracts;

namespace Kpss.Evaluation.Shared;

/// <summary>
/// Where a round's records come from: the year's action plan of the monitored plan (its last approved edition), when it
/// has one; otherwise the plan's own last approved edition. The records are the items of that year as the edition was
/// approved (<see cref="IPlans.YearAsync"/>).
/// </summary>
internal static class RoundSource
{
    public static (PlanSummary Plan, int Edition) Of(PlanSummary plan, IReadOnlyList<PlanSummary> kraj, int year)
    {
        var action = kraj.Where(p => p.ParentPlanId == plan.Id && p.Kind == PlanKind.Akcni && p.FromYear <= year && p.ToYear >= year && p.Editions.Count > 0)
            .OrderByDescending(p => p.Id).FirstOrDefault();
        var source = action ?? plan;
        return (source, source.Editions.Max(e => e.Edition));
    }

    /// <summary>
    /// The records of a year, in the plan's order. Money is kept at the level it was planned at: the contract gives a
    /// measure's money with its activities', so a measure keeps only what is left after the activities under it (the
    /// items come in the plan's order, an activity after its measure).
    /// </summary>
    public static List<MonitoringRecord> Records(PlanYear year)
    {
        var records = new List<MonitoringRecord>();
        MonitoringRecord? measure = null;
        foreach (var (item, n) in year.Items.Select((i, n) => (i, n)))
        {
            var record = new MonitoringRecord
            {
                Order = n + 1, Code = item.Code, Level = item.Level, Title = item.Title, Responsible = item.Responsible, ResponsibleIco = item.ResponsibleIco,
                Indicators = item.Indicators.Select(x => new RecordIndicator { Key = x.Key, Name = x.Name, Unit = x.Unit, Baseline = x.Baseline, Target = x.Target })
                    .ToList(),
                Money = item.Level is ItemLevel.Opatreni or ItemLevel.Aktivita
                    ? item.Money.Where(m => m.Amount != 0).Select(m => new RecordMoney { Source = m.Source, Planned = m.Amount }).ToList()
                    : [],
                NetworkChanges = item.NetworkChanges.Select((c, k) => new RecordNetworkChange
                {
                    Order = k + 1, Paragraph = c.Paragraph, Form = c.Form, OrpCsuCode = c.OrpCsuCode, Capacity = c.Capacity, Unit = c.Unit, Staff = c.Staff,
                }).ToList(),
            };
            if (item.Level == ItemLevel.Opatreni)
            {
                measure = record;
            }
            else if (item.Level == ItemLevel.Aktivita && measure is not null)
            {
                foreach (var money in record.Money)
                    if (measure.Money.FirstOrDefault(m => m.Source == money.Source) is { } own)
                        own.Planned -= money.Planned;
            }
            else if (item.Level < ItemLevel.Opatreni)
            {
                measure = null;
            }
            records.Add(record);
        }
        foreach (var record in records)
            record.Money.RemoveAll(m => m.Planned == 0);
        return records;
    }
}
