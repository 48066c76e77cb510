using Kpss.Plugins.Abstractions;

namespace Kpss.Kraj.Jihocesky.Tests;

/// <summary>The Jihočeský plan format against the platform's (vyhláška 505 § 39a): what the kraj changes, and that both are consistent.</summary>
public sealed class JihoceskyPlanFormatTests
{
    private static PlanFormat Format() => new JihoceskyKrajPlugin().GetPlanFormat();

    [Fact]
    public void ThePlatformsFormat_HasTheFivePartsOfVyhlaska505_AllMandatory()
    {
        var format = PlanFormat.Default;

        Assert.Equal(["popisna", "analyticka", "vyhodnoceni", "strategicka", "sit"], format.Chapters.OrderBy(c => c.Order).Select(c => c.Key));
        Assert.All(format.Chapters, c => Assert.True(c.Mandatory && c.Guidance.Length > 0 && c.Title.Length > 0));
        Assert.Equal(["systemova", "skupinova"], format.PriorityCategories.Select(c => c.Key));
        Assert.Equal((30, 6), (format.CommentPeriodDays, format.ActionPlanApprovalMonth));
    }

    [Fact]
    public void Jihocesky_NamesItsNetworkInBothParts_AddsAnnexes_AndRequiresMoney()
    {
        var format = Format();

        var chapters = format.Chapters.OrderBy(c => c.Order).ToList();
        Assert.Equal(["popisna", "analyticka", "vyhodnoceni", "strategicka", "sit", "prilohy"], chapters.Select(c => c.Key));
        Assert.Equal("Síť sociálních služeb Jihočeského kraje (základní a podmíněná část)", chapters[4].Title);
        Assert.False(chapters[5].Mandatory);
        Assert.Contains(MeasureField.Costs, format.MandatoryMeasureFields);
        Assert.Equal((21, 6), (format.CommentPeriodDays, format.ActionPlanApprovalMonth));
        Assert.Equal(chapters.Count, chapters.Select(c => c.Order).Distinct().Count());
    }
}
