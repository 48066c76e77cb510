namespace Kpss.Meetings.Data;

internal static class MeetingQueries
{
    /// <summary>A meeting of the kraj with its agenda, or null.</summary>
    public static Task<Meeting?> MeetingAsync(this MeetingsDbContext db, string krajCode, int meetingId, CancellationToken ct) =>
        db.Meetings.Include(m => m.Agenda).SingleOrDefaultAsync(m => m.Id == meetingId && m.KrajCode == krajCode, ct);
}
