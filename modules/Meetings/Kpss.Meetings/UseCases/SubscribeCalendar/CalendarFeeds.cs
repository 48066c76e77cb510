using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.SubscribeCalendar;

/// <summary>
/// Calendar subscriptions (ICS) of a group or a person, addressed by a secret token instead of a login, so that a
/// calendar application can fetch them. Drafts never appear; cancelled meetings appear as cancelled.
/// </summary>
internal static class CalendarFeeds
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/kalendar/{token}.ics", async (string token, MeetingsDbContext db, MeetingNotices notices, KpssClock clock, CancellationToken ct) =>
            {
                // The token is the authority: the query names its group or person and no kraj route applies.
                var group = await db.Groups.IgnoreQueryFilters().SingleOrDefaultAsync(g => g.CalendarToken == token, ct);
                string name;
                IQueryable<Meeting> meetings;
                if (group is not null)
                {
                    name = group.Name;
                    meetings = db.Meetings.IgnoreQueryFilters().Where(m => m.GroupId == group.Id);
                }
                else
                {
                    var person = await db.People.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.CalendarToken == token, ct);
                    if (person is null)
                        return Results.NotFound();
                    name = $"Jednání – {person.Name}";
                    var invited = db.Invitations.IgnoreQueryFilters().Where(i => i.PersonId == person.Id).Select(i => i.MeetingId);
                    meetings = db.Meetings.IgnoreQueryFilters().Where(m => invited.Contains(m.Id));
                }
                var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
                var list = await meetings.Include(m => m.Agenda)
                    .Where(m => m.Status != MeetingStatus.Draft && m.StartUtc >= since)
                    .OrderBy(m => m.StartUtc).Take(1000).ToListAsync(ct);
                var groupIds = list.Select(m => m.GroupId).Distinct().ToList();
                var groups = await db.Groups.IgnoreQueryFilters().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
                var events = list.Select(m =>
                {
                    var d = notices.Details(m, groups[m.GroupId]);
                    return new CalendarEntry(d.Uid, d.Sequence, d.StartUtc, d.EndUtc, d.Title,
                        d.Place ?? (d.OnlineUrl is null ? null : "Online: " + d.OnlineUrl), $"{d.KindLabel}, {d.GroupName}", d.DetailUrl,
                        m.Status == MeetingStatus.Cancelled);
                });
                return Results.Text(CalendarWriter.Feed(name, events, clock.GetUtcNow().UtcDateTime), "text/calendar; charset=utf-8");
            })
            // An unknown or revoked link: the platform's "not found" page.
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").Produces<string>(StatusCodes.Status404NotFound, "text/html")
            .AllowAnonymous().WithName("CalendarFeed").WithTags("Jednání").WithSummary("Kalendář skupiny nebo osoby (ICS) podle tajného odkazu");
    }
}
