using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Public;

/// <summary>The kraj's public side of meetings: upcoming public hearings and published minutes. No login.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class PublicMeetingsModel(MeetingsDbContext db, KpssClock clock) : MeetingsPage
{
    public IReadOnlyList<Meeting> Hearings { get; private set; } = [];
    public IReadOnlyList<Meeting> Published { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Hearings = await db.Meetings.AsNoTracking()
            .Where(m => m.Kind == MeetingKind.PublicHearing && m.Status == MeetingStatus.Scheduled && m.EndUtc >= now)
            .OrderBy(m => m.StartUtc).Take(50).ToListAsync(ct);
        Published = await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.MinutesPublished)
            .OrderByDescending(m => m.StartUtc).Take(100).ToListAsync(ct);
    }
}
