using Kpss.Host.Features.PluginAdmin;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;

namespace Kpss.Host.Features.Kraje;

public sealed record CalendarEntryDto(string Key, string Title, DeadlineKind Kind, DateOnly Start, DateOnly End, bool MonthOnly, string? Note);

public sealed record KrajCalendarDto(string PluginId, string Source, DateOnly SourceCheckedOn, IReadOnlyList<CalendarEntryDto> Upcoming);

public static class KrajeApi
{
    public static IEndpointRouteBuilder MapKrajeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/kraje").WithTags("Kraje");

        group.MapGet("/", (IKrajDirectory directory) => TypedResults.Ok(directory.Kraje))
            .WithName("ListKraje").WithSummary("Všech 14 krajů");

        group.MapGet("/{kraj}/orp", (HttpContext http, IKrajDirectory directory) => TypedResults.Ok(directory.OrpOf(http.Kraj().Code)))
            .WithName("ListOrp").WithSummary("Obce s rozšířenou působností v kraji");

        group.MapGet("/{kraj}/kalendar", async (HttpContext http, KrajPluginService plugins, KpssClock clock, CancellationToken ct) =>
            {
                var today = PragueTime.Today(clock);
                var calendars = await plugins.CalendarsAsync(http.Kraj().Code, ct);
                return TypedResults.Ok(calendars.Where(c => c.Calendar is not null).Select(c => new KrajCalendarDto(
                    c.Plugin.Id, c.Calendar!.Source, c.Calendar.SourceCheckedOn,
                    CalendarOccurrence.Upcoming(c.Calendar, today)
                        .Select(o => new CalendarEntryDto(o.Deadline.Key, o.Deadline.Title, o.Deadline.Kind, o.Start, o.End, o.Deadline.MonthOnly, o.Deadline.Note))
                        .ToList())));
            })
            .WithName("KrajCalendar").WithSummary("Kalendář plánování kraje podle zapnutých pluginů");
        return app;
    }
}
