using Kpss.Meetings.Messages;
using Kpss.Testing;

namespace Kpss.Meetings.Tests;

/// <summary>The Czech words of the meeting messages that depend on a number.</summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class MeetingWordsTests
{
    [Theory]
    [InlineData(1, "uplynul 1 den")]
    [InlineData(2, "uplynuly 2 dny")]
    [InlineData(4, "uplynuly 4 dny")]
    [InlineData(5, "uplynulo 5 dní")]
    [InlineData(7, "uplynulo 7 dní")]
    public void DaysSinceTheMeeting_AreDeclinedAsCzechCountsThem(int days, string expected) =>
        Assert.Equal(expected, MeetingWords.Elapsed(days));
}
