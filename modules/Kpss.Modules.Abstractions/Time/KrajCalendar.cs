namespace Kpss.Modules.Abstractions.Time;

/// <summary>What a deadline of a kraj's planning calendar asks for.</summary>
public enum KrajDeadlineKind
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

/// <summary>
/// One occurrence of a deadline of a kraj's planning calendar in concrete dates: the kraj's own dates for that year when
/// its regional admin announced them, else the usual ones. <see cref="Year"/> is the year the usual occurrence starts in
/// (with <see cref="Key"/> it names the occurrence); <see cref="Label"/> is the Czech "15. 4. – 5. 5. 2027" or "červen 2027".
/// </summary>
public sealed record KrajDeadline(string Key, string Title, KrajDeadlineKind Kind, int Year, DateOnly Start, DateOnly End, bool MonthOnly,
    string Label, string? Note);

/// <summary>
/// The planning calendar of a kraj as its enabled plugins give it and its regional admin corrected it (the host owns
/// both): for modules that remind people of the kraj's deadlines.
/// </summary>
public interface IKrajCalendar
{
    /// <summary>The current or next occurrence of each deadline as of <paramref name="today"/>, soonest first; empty without a calendar.</summary>
    Task<IReadOnlyList<KrajDeadline>> UpcomingAsync(string krajCode, DateOnly today, CancellationToken ct = default);
}
