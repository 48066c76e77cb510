using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Desk;

/// <summary>
/// The Meetings module's part of a kraj's public home page: the coming public hearings and the latest published
/// minutes. One query: both lists are small and read together.
/// </summary>
internal sealed class MeetingsHome(MeetingsDbContext db) : IKrajHomeContributor
{
    public const int Shown = 5;

    public async Task<IReadOnlyList<HomeSection>> SectionsAsync(string krajCode, string krajSlug, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => (m.Kind == MeetingKind.PublicHearing && m.Status == MeetingStatus.Scheduled && m.EndUtc >= nowUtc)
                        || m.Status == MeetingStatus.MinutesPublished)
            .OrderByDescending(m => m.Status == MeetingStatus.Scheduled).ThenByDescending(m => m.StartUtc)
            .Select(m => new { m.Id, m.Title, m.Status, m.StartUtc, m.Place })
            .Take(100)
            .ToListAsync(ct);
        var hearings = rows.Where(r => r.Status == MeetingStatus.Scheduled).OrderBy(r => r.StartUtc).Take(Shown)
            .Select(r => new HomeEntry(r.Title, PragueTime.Format(r.StartUtc) + (r.Place is null ? "" : ", " + r.Place), $"/{krajSlug}/verejne#jednani-{r.Id}"))
            .ToList();
        var minutes = rows.Where(r => r.Status == MeetingStatus.MinutesPublished).Take(Shown)
            .Select(r => new HomeEntry(r.Title, "Jednání " + PragueTime.FromUtc(r.StartUtc).ToString("d. M. yyyy", PragueTime.Culture), $"/{krajSlug}/zapisy/{r.Id}"))
            .ToList();
        return
        [
            new HomeSection("meetings.hearings", MeetingWords.Desk.Hearings, 10, hearings,
                MeetingWords.Desk.NoHearings, new Crumb(MeetingWords.Desk.AllHearings, $"/{krajSlug}/verejne")),
            new HomeSection("meetings.minutes", MeetingWords.Desk.LatestMinutes, 30, minutes,
                MeetingWords.Desk.NoMinutes, new Crumb(MeetingWords.Desk.AllMinutes, $"/{krajSlug}/verejne")),
        ];
    }
}
