namespace Kpss.Plans.Domain;

/// <summary>When an action plan must be approved by, and when it must go to comment to make it.</summary>
/// <param name="By">The last day of the kraj's approval month in the year before the action plan's year.</param>
/// <param name="CommentsBy">The last day its comment period of the kraj's usual length can start and still leave
/// <see cref="ApprovalDue.SettleDays"/> days to settle the comments and put the plan to the council before <paramref name="By"/>.</param>
internal sealed record ApprovalDeadline(DateOnly By, DateOnly CommentsBy, int CommentDays);

/// <summary>
/// The kraj's plan format names the month its action plan is approved in (<c>ActionPlanApprovalMonth</c>) and how long
/// its comments usually run (<c>CommentPeriodDays</c>). An action plan of year Y is approved in that month of year Y − 1:
/// it sets the network that the kraj's application for the MPSV subsidy of year Y (due 31 July of the year before,
/// DOMAIN.md) rests on — Jihočeský, Jihomoravský and Zlínský approve it in June, Plzeňský after its autumn hearing.
/// A medium-term or community plan has no such month: its approval follows its own period.
/// </summary>
internal static class ApprovalDue
{
    /// <summary>Days between the end of comments and the approval: settling the comments, the council's agenda.</summary>
    public const int SettleDays = 14;

    public static ApprovalDeadline? Of(PlanKind kind, int fromYear, int approvalMonth, int commentDays)
    {
        if (kind != PlanKind.Akcni || approvalMonth is < 1 or > 12) return null;
        var by = new DateOnly(fromYear - 1, approvalMonth, DateTime.DaysInMonth(fromYear - 1, approvalMonth));
        return new ApprovalDeadline(by, by.AddDays(-SettleDays - Math.Max(commentDays, 1) + 1), commentDays);
    }
}
