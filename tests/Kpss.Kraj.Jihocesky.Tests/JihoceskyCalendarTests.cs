using System.Text;
using Kpss.Plugins.Abstractions;

namespace Kpss.Kraj.Jihocesky.Tests;

public sealed class JihoceskyCalendarTests
{
    private static PlanningCalendar Calendar()
    {
        var plugin = new JihoceskyKrajPlugin();
        plugin.Start();
        return plugin.GetPlanningCalendar();
    }

    [Fact]
    public void Plugin_IsForJihoceskyKrajOnly()
    {
        var plugin = new JihoceskyKrajPlugin();

        Assert.Equal("jihocesky", plugin.Id);
        Assert.Equal(["CZ031"], plugin.KrajCodes);
    }

    [Fact]
    public void Calendar_HasTheKrajsYearlyDeadlines()
    {
        var calendar = Calendar();

        var byKey = calendar.Deadlines.ToDictionary(d => d.Key);
        Assert.Equal(5, byKey.Count);
        Assert.Equal((new MonthDay(9, 15), new MonthDay(10, 31)), (byKey["network-entry-applications"].From, byKey["network-entry-applications"].To));
        Assert.Equal(DeadlineKind.CommentPeriod, byKey["action-plan-comments"].Kind);
        Assert.Equal(4, byKey["action-plan-comments"].From.Month);
        Assert.Equal(5, byKey["action-plan-comments"].To.Month);
        Assert.Equal(6, byKey["action-plan-approval"].From.Month);
        Assert.True(byKey["action-plan-approval"].MonthOnly);
        Assert.Equal([6, 12], byKey.Values.Where(d => d.Key.StartsWith("network-update", StringComparison.Ordinal)).Select(d => d.From.Month).Order());
    }

    [Fact]
    public void Calendar_NamesItsSource()
    {
        var calendar = Calendar();

        Assert.StartsWith("Jihočeský kraj", calendar.Source);
        Assert.Contains("2025–2027", calendar.Source);
        Assert.True(calendar.SourceCheckedOn.Year >= 2026);
    }

    [Theory]
    [InlineData("""{"source":"x","sourceCheckedOn":"2026-01-01","deadlines":[{"key":"a","title":"A","kind":"Approval","from":"02-30","to":"03-01"}]}""", "is not a day of the year")]
    [InlineData("""{"source":"x","sourceCheckedOn":"2026-01-01","deadlines":[{"key":"a","title":"A","kind":"Approval","from":"june","to":"03-01"}]}""", "is not MM-DD")]
    [InlineData("""{"source":"","sourceCheckedOn":"2026-01-01","deadlines":[]}""", "no source note")]
    [InlineData("""{"source":"x","sourceCheckedOn":"2026-01-01","deadlines":[{"key":"a","title":"A","kind":"Approval","from":"01-01","to":"01-02"},{"key":"a","title":"B","kind":"Approval","from":"01-01","to":"01-02"}]}""", "the key a twice")]
    public void CalendarFile_WithAMistake_IsRejectedWithTheEntryThatIsWrong(string json, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => CalendarFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains(message, ex.Message);
    }
}
