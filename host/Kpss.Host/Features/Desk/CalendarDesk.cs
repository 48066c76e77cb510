using Kpss.Host.Features.Kraje;
using Kpss.Host.Features.PluginAdmin;
using Kpss.Modules.Abstractions.Pages;

namespace Kpss.Host.Features.Desk;

/// <summary>The kraj's planning deadlines of the next 60 days (from its enabled calendar plugin) on the desk.</summary>
internal sealed class CalendarDesk(KrajPluginService plugins) : IDeskContributor
{
    public const int HorizonDays = 60;

    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        var calendars = await plugins.CalendarsAsync(desk.KrajCode, ct);
        if (calendars.Count == 0)
            return [];
        var until = desk.Today.AddDays(HorizonDays);
        var items = calendars.Where(c => c.Calendar is not null)
            .SelectMany(c => CalendarOccurrence.Upcoming(c.Calendar!, desk.Today, c.Corrections))
            .Where(o => o.Start <= until)
            .OrderBy(o => o.Start)
            .Select(o => new DeskItem(o.Deadline.Title, $"{o.Label} · {CalendarOccurrence.KindLabel(o.Deadline.Kind)}" + (o.IsRunning ? " · probíhá" : ""),
                $"/{desk.KrajSlug}#kalendar", "Kalendář kraje", o.Start, o.IsRunning || o.Start <= desk.Today.AddDays(14) ? DeskUrgency.Soon : DeskUrgency.Info))
            .ToList();
        return [new DeskSection("calendar.deadlines", "Nejbližší termíny kraje", 5, items,
            $"V příštích {HorizonDays} dnech nemá kraj v kalendáři žádný termín.", new Crumb("Kalendář plánování", $"/{desk.KrajSlug}#kalendar"))];
    }
}
