using Kpss.Host.UseCases.CorrectPlanningCalendar;
using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Host.UseCases.ViewDesk;

/// <summary>The kraj's planning deadlines of the next 60 days (from its enabled calendar plugin) on the desk.</summary>
internal sealed class CalendarDesk(IKrajCalendar calendar) : IDeskContributor
{
    public const int HorizonDays = 60;

    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        var upcoming = await calendar.UpcomingAsync(desk.KrajCode, desk.Today, ct);
        if (upcoming.Count == 0)
            return [];
        var until = desk.Today.AddDays(HorizonDays);
        var items = upcoming
            .Where(o => o.Start <= until)
            .Select(o => new DeskItem(o.Title, $"{o.Label} · {CalendarOccurrence.KindLabel(o.Kind)}" + (o.Start <= desk.Today ? " · probíhá" : ""),
                $"/{desk.KrajSlug}#kalendar", "Kalendář kraje", o.Start, o.Start <= desk.Today.AddDays(14) ? DeskUrgency.Soon : DeskUrgency.Info))
            .ToList();
        return [new DeskSection("calendar.deadlines", "Nejbližší termíny kraje", 5, items,
            $"V příštích {HorizonDays} dnech nemá kraj v kalendáři žádný termín.", new Crumb("Kalendář plánování", $"/{desk.KrajSlug}#kalendar"))];
    }
}
