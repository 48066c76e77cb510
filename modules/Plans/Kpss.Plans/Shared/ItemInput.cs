
namespace Kpss.Plans.Shared;

/// <summary>
/// A priority, goal, measure or activity as entered: the one input of adding and changing an item, bound by the pages'
/// forms (<c>Item.Title</c>, <c>Item.Costs[0].Year</c>…) and by the API's body alike, checked in one place
/// (<see cref="ItemRules"/>). The level follows from the parent. Everything goes to the use case as typed.
/// </summary>
internal sealed class ItemInput
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
    public List<ItemCost> Costs { get; set; } = [];
    public List<ItemIndicator> Indicators { get; set; } = [];
    public List<ItemCapacity> Capacities { get; set; } = [];

    /// <summary>The plan's version the writer started from (the API's body; a page sends it beside the form).</summary>
    public int Version { get; set; }

    /// <summary>As a page's form sent it, without the spare empty rows it offers for money, indicators and changes of
    /// the network, and without a kind of priority for an item under a parent (the field is hidden there).</summary>
    public ItemInput WithoutSpareRows() => new()
    {
        ParentId = ParentId, Title = Title, Description = Description, Category = ParentId is null ? Category : null, TargetGroup = TargetGroup,
        Responsible = Responsible, ResponsibleIco = ResponsibleIco, Partners = Partners, FromYear = FromYear, ToYear = ToYear,
        WorkingGroup = WorkingGroup, Version = Version,
        Costs = Costs.Where(c => c.Year is not null || c.Amount is not null || !string.IsNullOrWhiteSpace(c.Source)).ToList(),
        Indicators = Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name) || !string.IsNullOrWhiteSpace(i.Unit) || i.Target is not null || i.Baseline is not null).ToList(),
        Capacities = Capacities.Where(c => !string.IsNullOrWhiteSpace(c.Kind) || c.Capacity is not null || c.Staff is not null).ToList(),
    };

    /// <summary>The stored item, to be edited.</summary>
    public static ItemInput From(int? parentId, ItemView item) => new()
    {
        ParentId = parentId, Title = item.Title, Description = item.Description, Category = item.Category, TargetGroup = item.TargetGroup,
        Responsible = item.Responsible, ResponsibleIco = item.ResponsibleIco, Partners = item.Partners, FromYear = item.FromYear, ToYear = item.ToYear,
        WorkingGroup = item.WorkingGroup,
        Costs = item.Costs.Select(c => new ItemCost { Year = c.Year, Source = ItemRules.Sources.First(s => s.Value == c.Source).Key, Amount = c.Amount }).ToList(),
        Indicators = item.Indicators.Select(i => new ItemIndicator { Name = i.Name, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target, Year = i.Year }).ToList(),
        Capacities = item.Changes.Select(c => new ItemCapacity { Year = c.Year, Kind = c.Paragraph, Form = c.Form, OrpCsuCode = c.OrpCsuCode, Capacity = c.Capacity, Unit = c.Unit, Staff = c.Staff }).ToList(),
    };

    /// <summary>Spare empty rows, so money, indicators and changes of the network can be added without script.</summary>
    public ItemInput WithSpareRows(int costs, int indicators, int capacities = 0)
    {
        while (Capacities.Count(c => c.Kind is null && c.Capacity is null && c.Staff is null && c.Year is null) < capacities) Capacities.Add(new ItemCapacity());
        while (Costs.Count(c => c.Year is null && c.Amount is null && c.Source is null) < costs) Costs.Add(new ItemCost());
        while (Indicators.Count(i => i.Name is null && i.Target is null) < indicators) Indicators.Add(new ItemIndicator());
        return this;
    }
}

/// <summary>Money as entered: a year, a source (obec, kraj, mpsv, eu, uzivatele, jine) and whole CZK.</summary>
internal sealed class ItemCost
{
    public int? Year { get; set; }
    public string? Source { get; set; }
    public long? Amount { get; set; }
}

/// <summary>An indicator as entered: its name and unit, the value at the start (optional), the target and its year.</summary>
internal sealed class ItemIndicator
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public int? Year { get; set; }
}

/// <summary>A change of the network as entered: the service's paragraph (40, "§ 40" or its name), form (ambulantní,
/// terénní, pobytová), ORP (ČSÚ code, optional), capacity ± with its unit, úvazky ±, and the year it takes effect
/// (may be left out in a plan of one year).</summary>
internal sealed class ItemCapacity
{
    public int? Year { get; set; }
    public string? Kind { get; set; }
    public string? Form { get; set; }
    public int? OrpCsuCode { get; set; }
    public int? Capacity { get; set; }
    public string? Unit { get; set; }
    public decimal? Staff { get; set; }
}
