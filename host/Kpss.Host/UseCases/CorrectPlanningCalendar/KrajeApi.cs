using Kpss.Modules.Abstractions;
using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plugins.Abstractions;

namespace Kpss.Host.UseCases.CorrectPlanningCalendar;

public sealed record CalendarEntryDto(string Key, string Title, DeadlineKind Kind, DateOnly Start, DateOnly End, bool MonthOnly, string? Note,
    int Year, bool CorrectedByKraj);

public sealed record CalendarCorrectionInput(string? Start, string? End, string? Note);

public sealed record KrajCalendarDto(string PluginId, string Source, DateOnly SourceCheckedOn, IReadOnlyList<CalendarEntryDto> Upcoming);

public static class KrajeApi
{
    public static IEndpointRouteBuilder MapKrajeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/kraje").WithTags("Kraje");

        group.MapGet("/", (IKrajDirectory directory) => TypedResults.Ok(directory.Kraje))
            .AllowAnonymous().WithName("ListKraje").WithSummary("Všech 14 krajů");

        group.MapGet("/{kraj}/orp", (HttpContext http, IKrajDirectory directory) => TypedResults.Ok(directory.OrpOf(http.Kraj().Code)))
            .AllowAnonymous().WithName("ListOrp").WithSummary("Obce s rozšířenou působností v kraji");

        group.MapGet("/{kraj}/kalendar", async (HttpContext http, KrajPluginService plugins, KpssClock clock, CancellationToken ct) =>
            {
                var today = PragueTime.Today(clock);
                var calendars = await plugins.CalendarsAsync(http.Kraj().Code, ct);
                return TypedResults.Ok(calendars.Where(c => c.Calendar is not null).Select(c => new KrajCalendarDto(
                    c.Plugin.Id, c.Calendar!.Source, c.Calendar.SourceCheckedOn,
                    CalendarOccurrence.Upcoming(c.Calendar, today, c.Corrections)
                        .Select(o => new CalendarEntryDto(o.Deadline.Key, o.Deadline.Title, o.Deadline.Kind, o.Start, o.End, o.MonthOnly,
                            o.Correction?.Note ?? o.Deadline.Note, o.Year, o.Correction is not null))
                        .ToList())));
            })
            .AllowAnonymous().WithName("KrajCalendar").WithSummary("Kalendář plánování kraje podle zapnutých pluginů, s termíny upřesněnými krajem");

        group.MapPut("/{kraj}/kalendar/{pluginId}/{key}/{year:int}", async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> (
                HttpContext http, string pluginId, string key, int year, CalendarCorrectionInput input, CalendarCorrections corrections, CancellationToken ct) =>
            {
                var result = await corrections.SaveAsync(http.Kraj().Code, pluginId, key, year, input.Start, input.End, input.Note, http.User.Identity!.Name!, ct);
                if (result.NotFound) return NoDeadline();
                return result.Ok ? TypedResults.NoContent() : TypedResults.ValidationProblem(result.Errors, title: "Termín není v pořádku");
            })
            .AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .WithName("CorrectKrajCalendar")
            .WithExample(new { start = "21. 4. 2027", end = "12. 5. 2027" }).WithSummary("Správce kraje upřesní termín jednoho roku (začátek, konec, poznámka)");

        group.MapDelete("/{kraj}/kalendar/{pluginId}/{key}/{year:int}", async Task<Results<NoContent, ProblemHttpResult>> (
                HttpContext http, string pluginId, string key, int year, CalendarCorrections corrections, CancellationToken ct) =>
                await corrections.RemoveAsync(http.Kraj().Code, pluginId, key, year, ct) ? TypedResults.NoContent() : NoDeadline())
            .AnswersNotFound()
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .WithName("UncorrectKrajCalendar").WithSummary("Vrátí obvyklý termín pluginu");
        return app;
    }

    private static ProblemHttpResult NoDeadline() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nenalezeno",
        detail: "Tento termín kraj nemá: plugin v kraji není zapnutý, nebo takový termín nezná.");
}
