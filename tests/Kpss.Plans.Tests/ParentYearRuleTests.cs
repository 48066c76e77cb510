using Kpss.Plans.Contracts;
using Kpss.Plans.Domain;
using Kpss.Plans.Messages;
using Kpss.Plans.Shared;
using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Tests;

/// <summary>
/// <see cref="ParentYear"/> as a rule, without a database: which of the parent's items an action plan of a year carries,
/// what a copy keeps, and how a refresh treats items dropped by the parent (whole branches go; one with the action
/// plan's own items under it stays, with why).
/// </summary>
public sealed class ParentYearRuleTests
{
    private static PlanItem Item(int id, int? parent, ItemLevel level, int number, int? from = null, int? to = null, int? moneyIn = null, int? changeIn = null) => new()
    {
        Id = id, ParentId = parent, Level = level, Number = number, Order = number, Title = $"{level} {id}", FromYear = from, ToYear = to,
        Costs = moneyIn is { } y ? [new PlanCost { Year = y, Source = FundingSource.Kraj, Amount = 1000 }] : [],
        Capacities = changeIn is { } c ? [new PlanCapacityChange { Year = c, Order = 1, Paragraph = "44", Capacity = 2, Unit = "lůžka" }] : [],
    };

    [Theory]
    [InlineData(2026, 2026, null, null, true)] // its period is the year
    [InlineData(2025, 2026, null, null, true)] // its period ends in the year
    [InlineData(2026, 2027, null, null, true)] // its period begins in the year
    [InlineData(2027, 2027, null, null, false)]
    [InlineData(2024, 2025, null, null, false)]
    [InlineData(null, null, 2026, null, true)] // money in the year
    [InlineData(null, null, null, 2026, true)] // a change of the network in the year
    [InlineData(null, null, 2025, 2027, false)]
    public void AMeasureRunsInAYear_ByItsPeriod_MoneyOrChange(int? from, int? to, int? moneyIn, int? changeIn, bool runs) =>
        Assert.Equal(runs, ParentYear.Runs(Item(1, null, ItemLevel.Opatreni, 1, from, to, moneyIn, changeIn), 2026));

    [Fact]
    public void ACopy_KeepsNoPeriodWhereTheSourceHadNone_AndOnlyTheYearsMoneyAndChanges()
    {
        var without = ParentYear.Copy(Item(1, null, ItemLevel.Opatreni, 1, moneyIn: 2026), 2026);
        var with = ParentYear.Copy(Item(2, null, ItemLevel.Opatreni, 1, 2025, 2027, moneyIn: 2025, changeIn: 2026), 2026);

        Assert.Equal(((int?)null, (int?)null), (without.FromYear, without.ToYear));
        Assert.Equal(((int?)2026, (int?)2026), (with.FromYear, with.ToYear));
        Assert.Empty(with.Costs);
        Assert.Equal([2026], with.Capacities.Select(c => c.Year));
        Assert.Equal(2, with.SourceItemId);
    }

    [Fact]
    public void ARefresh_RemovesAWholeDroppedBranch_KeepsOneWithOwnItemsUnderIt_AndKeepsTheHigherCounters()
    {
        // The parent now has priority 1 → goal 1.1 → measure 1.1.1 (2026) only.
        var parent = new List<PlanItem>
        {
            Item(10, null, ItemLevel.Priorita, 1), Item(11, 10, ItemLevel.Cil, 1), Item(12, 11, ItemLevel.Opatreni, 1, 2026, 2026),
        };
        parent[1].NumberedChildren = 1;
        // The action plan took over before: that branch, a whole priority 2 branch the parent has dropped, and a measure
        // 1.1.2 the parent has dropped under which the action plan has an activity of its own.
        var action = new List<PlanItem>
        {
            Linked(Item(100, null, ItemLevel.Priorita, 1), 10), Linked(Item(101, 100, ItemLevel.Cil, 1), 11), Linked(Item(102, 101, ItemLevel.Opatreni, 1), 12),
            Linked(Item(103, 101, ItemLevel.Opatreni, 2), 13), Item(104, 103, ItemLevel.Aktivita, 1),
            Linked(Item(110, null, ItemLevel.Priorita, 2), 20), Linked(Item(111, 110, ItemLevel.Cil, 1), 21), Linked(Item(112, 111, ItemLevel.Opatreni, 1), 22),
        };
        action[1].NumberedChildren = 5;

        var merge = ParentYear.Merge(action, parent, 2026, 99, PlanNumbering.Decimal);

        Assert.Equal([110, 111, 112], merge.Removed.Select(i => i.Id).Order());
        Assert.Equal([100, 101, 102, 103, 104], action.Select(i => i.Id).Order());
        Assert.Equal([PlanWords.RefreshKeptForOwnItems("Opatreni 103")], merge.Kept);
        Assert.Empty(merge.Added);
        Assert.Equal(5, action.Single(i => i.Id == 101).NumberedChildren);
        Assert.Equal(((int?)2026, (int?)2026), (action.Single(i => i.Id == 102).FromYear, action.Single(i => i.Id == 102).ToYear));
    }

    [Fact]
    public void ARefresh_ReplacesChangedIndicatorsAndChanges_AndLeavesEqualOnesAlone()
    {
        var source = Item(12, null, ItemLevel.Opatreni, 1, 2026, 2026, changeIn: 2026);
        source.Indicators = [new PlanIndicator { Order = 1, Name = "klientů", Unit = "osob", Target = 20, Year = 2026 }];
        var taken = Linked(ParentYear.Copy(source, 2026), 12);
        taken.Id = 100;
        var keptIndicator = taken.Indicators[0];
        var action = new List<PlanItem> { taken };

        ParentYear.Merge(action, [source], 2026, 99, PlanNumbering.Decimal);
        Assert.Same(keptIndicator, taken.Indicators[0]); // equal: not replaced

        source.Indicators[0].Target = 30;
        source.Capacities[0].Capacity = 5;
        ParentYear.Merge(action, [source], 2026, 99, PlanNumbering.Decimal);
        Assert.Equal(30, Assert.Single(taken.Indicators).Target);
        Assert.Equal(5, Assert.Single(taken.Capacities).Capacity);
    }

    private static PlanItem Linked(PlanItem item, int source)
    {
        item.SourceItemId = source;
        return item;
    }
}
