namespace Kpss.Plugins.Abstractions;

/// <summary>A plugin that contributes its kraj's yearly planning calendar.</summary>
public interface IPlanningCalendarSource
{
    PlanningCalendar GetPlanningCalendar();
}

/// <summary>The yearly rhythm of a kraj's planning, with a note saying where the dates come from.</summary>
public sealed record PlanningCalendar(IReadOnlyList<PlanningDeadline> Deadlines, string Source, DateOnly SourceCheckedOn);

/// <summary>
/// One recurring deadline or period in the planning year. <see cref="From"/> and <see cref="To"/> are days of the
/// year; a period may run over New Year (From after To). <see cref="MonthOnly"/> says the source names only the month.
/// </summary>
public sealed record PlanningDeadline(
    string Key,
    string Title,
    DeadlineKind Kind,
    MonthDay From,
    MonthDay To,
    bool MonthOnly,
    string? Note);

public enum DeadlineKind
{
    /// <summary>Providers or obce submit something (applications, intentions, needs).</summary>
    Submission,
    /// <summary>A draft is out for comments.</summary>
    CommentPeriod,
    /// <summary>An approval by the kraj's council or assembly.</summary>
    Approval,
    /// <summary>A report is due.</summary>
    Report,
}

/// <summary>A day of the year without the year.</summary>
public readonly record struct MonthDay
{
    public MonthDay(int month, int day)
    {
        if (month is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1-12.");
        if (day < 1 || day > DateTime.DaysInMonth(2024, month))
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Day {day} does not exist in month {month}.");
        Month = month;
        Day = day;
    }

    public int Month { get; }
    public int Day { get; }

    /// <summary>The date in <paramref name="year"/>; 29 February becomes 28 February in common years.</summary>
    public DateOnly InYear(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    public override string ToString() => $"{Month:00}-{Day:00}";
}
