using Kpss.Plans.Contracts;
using Kpss.Plans.Domain;

namespace Kpss.Plans.Tests;

/// <summary><see cref="ApprovalDue"/> as a rule: the approval month of the year before, the last day to go to comment.</summary>
public sealed class ApprovalDueRuleTests
{
    [Theory]
    [InlineData(2027, 6, 30, "2026-06-30", "2026-05-18")]
    [InlineData(2027, 6, 21, "2026-06-30", "2026-05-27")]
    [InlineData(2026, 11, 30, "2025-11-30", "2025-10-18")]
    [InlineData(2025, 2, 1, "2024-02-29", "2024-02-15")] // a leap year's February; one day of comments
    [InlineData(2027, 12, 0, "2026-12-31", "2026-12-17")] // no comment length given: at least one day
    [InlineData(2027, 1, 10, "2026-01-31", "2026-01-08")] // January, the first month there is
    public void AnActionPlan_IsApprovedInTheMonthOfTheYearBefore(int year, int month, int commentDays, string by, string commentsBy)
    {
        var due = ApprovalDue.Of(PlanKind.Akcni, year, month, commentDays);

        Assert.Equal((DateOnly.Parse(by), DateOnly.Parse(commentsBy)), (due!.By, due.CommentsBy));
        Assert.Equal(commentDays, due.CommentDays);
    }

    [Theory]
    [InlineData(PlanKind.Sprss, 6)]
    [InlineData(PlanKind.Komunitni, 6)]
    [InlineData(PlanKind.Akcni, 0)]
    [InlineData(PlanKind.Akcni, 13)]
    public void OtherPlans_OrAMonthThatIsNone_HaveNoApprovalDeadline(PlanKind kind, int month) =>
        Assert.Null(ApprovalDue.Of(kind, 2027, month, 30));
}
