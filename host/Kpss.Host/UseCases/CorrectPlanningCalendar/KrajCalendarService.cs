using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;

namespace Kpss.Host.UseCases.CorrectPlanningCalendar;

/// <summary>
/// The kraj's planning calendar for the modules (<see cref="IKrajCalendar"/>): the deadlines of the plugins enabled in
/// the kraj, each with the regional admin's dates for its year where they were announced, as neutral data.
/// </summary>
internal sealed class KrajCalendarService(KrajPluginService plugins) : IKrajCalendar
{
    public async Task<IReadOnlyList<KrajDeadline>> UpcomingAsync(string krajCode, DateOnly today, CancellationToken ct = default) =>
        (await plugins.CalendarsAsync(krajCode, ct)).Where(c => c.Calendar is not null)
            .SelectMany(c => CalendarOccurrence.Upcoming(c.Calendar!, today, c.Corrections))
            .OrderBy(o => o.Start).ThenBy(o => o.Deadline.Title, StringComparer.Ordinal)
            .Select(o => new KrajDeadline(o.Deadline.Key, o.Deadline.Title, Kind(o.Deadline.Kind), o.Year, o.Start, o.End, o.MonthOnly, o.Label,
                o.Correction?.Note ?? o.Deadline.Note))
            .ToList();

    public static KrajDeadlineKind Kind(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Submission => KrajDeadlineKind.Submission,
        DeadlineKind.CommentPeriod => KrajDeadlineKind.CommentPeriod,
        DeadlineKind.Approval => KrajDeadlineKind.Approval,
        DeadlineKind.Report => KrajDeadlineKind.Report,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A deadline kind the platform does not know."),
    };
}
