using Kpss.Plans.Services;

namespace Kpss.Plans.Features.Plans;

/// <summary>
/// A priority, goal, measure or activity as the pages' forms carry it. Empty money and indicator rows (the spare rows a
/// form offers) are left out; everything else goes to the use case as typed, to be checked there.
/// </summary>
internal sealed class ItemForm
{
    public int? ParentId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? TargetGroup { get; set; }
    public string? Responsible { get; set; }
    public string? ResponsibleIco { get; set; }
    public string? Partners { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? WorkingGroup { get; set; }
    public List<CostForm> Costs { get; set; } = [];
    public List<IndicatorForm> Indicators { get; set; } = [];
    public List<CapacityForm> Capacities { get; set; } = [];

    public sealed class CapacityForm
    {
        public string? Kind { get; set; }
        public string? Form { get; set; }
        public int? OrpCsuCode { get; set; }
        public int? Capacity { get; set; }
        public string? Unit { get; set; }
        public decimal? Staff { get; set; }
    }

    public sealed class CostForm
    {
        public int? Year { get; set; }
        public string? Source { get; set; }
        public long? Amount { get; set; }
    }

    public sealed class IndicatorForm
    {
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public decimal? Baseline { get; set; }
        public decimal? Target { get; set; }
        public int? Year { get; set; }
    }

    internal ItemInput ToInput() => new(ParentId, Title, Description, ParentId is null ? Category : null, TargetGroup, Responsible, ResponsibleIco,
        Partners, FromYear, ToYear, WorkingGroup,
        Costs.Where(c => c.Year is not null || c.Amount is not null || !string.IsNullOrWhiteSpace(c.Source))
            .Select(c => new CostInput(c.Year, c.Source, c.Amount)).ToList(),
        Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name) || !string.IsNullOrWhiteSpace(i.Unit) || i.Target is not null || i.Baseline is not null)
            .Select(i => new IndicatorInput(i.Name, i.Unit, i.Baseline, i.Target, i.Year)).ToList(),
        Capacities.Where(c => !string.IsNullOrWhiteSpace(c.Kind) || c.Capacity is not null || c.Staff is not null)
            .Select(c => new CapacityInput(c.Kind, c.Form, c.OrpCsuCode, c.Capacity, c.Unit, c.Staff)).ToList());

    /// <summary>The stored item, to be edited.</summary>
    internal static ItemForm From(int? parentId, ItemView item) => new()
    {
        ParentId = parentId, Title = item.Title, Description = item.Description, Category = item.Category, TargetGroup = item.TargetGroup,
        Responsible = item.Responsible, ResponsibleIco = item.ResponsibleIco, Partners = item.Partners, FromYear = item.FromYear, ToYear = item.ToYear,
        WorkingGroup = item.WorkingGroup,
        Costs = item.Costs.Select(c => new CostForm { Year = c.Year, Source = Strategy.Sources.First(s => s.Value == c.Source).Key, Amount = c.Amount }).ToList(),
        Indicators = item.Indicators.Select(i => new IndicatorForm { Name = i.Name, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target, Year = i.Year }).ToList(),
        Capacities = item.Changes.Select(c => new CapacityForm { Kind = c.Paragraph, Form = c.Form, OrpCsuCode = c.OrpCsuCode, Capacity = c.Capacity, Unit = c.Unit, Staff = c.Staff }).ToList(),
    };

    /// <summary>Spare empty rows, so money and indicators can be added without script.</summary>
    internal ItemForm WithSpareRows(int costs, int indicators, int capacities = 0)
    {
        while (Capacities.Count(c => c.Kind is null && c.Capacity is null && c.Staff is null) < capacities) Capacities.Add(new CapacityForm());
        while (Costs.Count(c => c.Year is null && c.Amount is null && c.Source is null) < costs) Costs.Add(new CostForm());
        while (Indicators.Count(i => i.Name is null && i.Target is null) < indicators) Indicators.Add(new IndicatorForm());
        return this;
    }
}
