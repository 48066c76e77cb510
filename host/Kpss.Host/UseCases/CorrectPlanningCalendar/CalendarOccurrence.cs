using System.Globalization;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;

namespace Kpss.Host.UseCases.CorrectPlanningCalendar;

/// <summary>The next (or current) occurrence of a yearly deadline, in concrete dates.</summary>
public sealed record CalendarOccurrence(PlanningDeadline Deadline, DateOnly Start, DateOnly End, bool IsRunning, int Year = 0,
    CalendarCorrection? Correction = null)
{
    /// <summary>The source names only the month, and the kraj has not announced exact dates for this occurrence.</summary>
    public bool MonthOnly => Deadline.MonthOnly && Correction is null;

    /// <summary>The current or next occurrence of each deadline as of <paramref name="today"/>, soonest first, with the kraj's corrections.</summary>
    public static IReadOnlyList<CalendarOccurrence> Upcoming(PlanningCalendar calendar, DateOnly today, IReadOnlyCollection<CalendarCorrection>? corrections = null) =>
        calendar.Deadlines.Select(d => Next(d, today, corrections)).OrderBy(o => o.Start).ThenBy(o => o.Deadline.Title, StringComparer.Ordinal).ToList();

    public static CalendarOccurrence Next(PlanningDeadline d, DateOnly today, IReadOnlyCollection<CalendarCorrection>? corrections = null)
    {
        for (var year = today.Year - 1; ; year++)
        {
            var correction = corrections?.FirstOrDefault(c => c.DeadlineKey == d.Key && c.Year == year);
            var (start, end) = correction is null ? Usual(d, year) : (correction.Start, correction.End);
            if (end >= today)
                return new CalendarOccurrence(d, start, end, start <= today, year, correction);
        }
    }

    /// <summary>The plugin's usual dates of the occurrence that starts in <paramref name="year"/>.</summary>
    public static (DateOnly Start, DateOnly End) Usual(PlanningDeadline d, int year) =>
        (d.From.InYear(year), d.To.InYear(d.To.Month * 100 + d.To.Day < d.From.Month * 100 + d.From.Day ? year + 1 : year));

    /// <summary>Czech: "15. 9. – 31. 10. 2027", "červen 2027", "1. 7. 2027".</summary>
    public string Label
    {
        get
        {
            var cs = PragueTime.Culture;
            if (MonthOnly)
            {
                var from = cs.DateTimeFormat.GetMonthName(Start.Month);
                return Start.Month == End.Month && Start.Year == End.Year
                    ? $"{from} {Start.Year}"
                    : $"{from} {(Start.Year != End.Year ? Start.Year + " " : "")}– {cs.DateTimeFormat.GetMonthName(End.Month)} {End.Year}";
            }
            if (Start == End) return Start.ToString("d. M. yyyy", cs);
            var startFormat = Start.Year == End.Year ? "d. M." : "d. M. yyyy";
            return $"{Start.ToString(startFormat, cs)} – {End.ToString("d. M. yyyy", cs)}";
        }
    }

    public static string KindLabel(DeadlineKind kind) => KindLabel(KrajCalendarService.Kind(kind));

    public static string KindLabel(KrajDeadlineKind kind) => kind switch
    {
        KrajDeadlineKind.Submission => "podání",
        KrajDeadlineKind.CommentPeriod => "připomínkování",
        KrajDeadlineKind.Approval => "schválení",
        KrajDeadlineKind.Report => "zpráva",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
