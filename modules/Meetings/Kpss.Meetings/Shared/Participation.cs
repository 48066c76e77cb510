namespace Kpss.Meetings.Shared;

internal sealed record RoleCount(TriadRole? Role, int Invited, int Present);

internal sealed record MeetingParticipation(int MeetingId, string Title, DateTime StartUtc, IReadOnlyList<RoleCount> ByRole)
{
    public RoleCount For(TriadRole? role) => ByRole.FirstOrDefault(r => r.Role == role) ?? new RoleCount(role, 0, 0);
}

internal sealed record ParticipationReport(IReadOnlyList<MeetingParticipation> Meetings, IReadOnlyList<RoleCount> Totals, IReadOnlyList<(TriadRole Role, int Members)> Balance)
{
    /// <summary>Roles the triad needs that have no current member (seed 000: groups lack commissioners and users).</summary>
    public IEnumerable<TriadRole> MissingRoles =>
        new[] { TriadRole.Zadavatel, TriadRole.Poskytovatel, TriadRole.Uzivatel }.Where(r => Balance.All(b => b.Role != r || b.Members == 0));
}

/// <summary>Who comes, by triad role, meeting after meeting: so a coordinator sees when users or commissioners stay away.</summary>
internal sealed class Participation(MeetingsDbContext db)
{
    public async Task<ParticipationReport> ForGroupAsync(int groupId, DateOnly today, CancellationToken ct)
    {
        var rows = await (from i in db.Invitations
                          join m in db.Meetings on i.MeetingId equals m.Id
                          where m.GroupId == groupId && (m.Status == MeetingStatus.Held || m.Status == MeetingStatus.MinutesPublished)
                          group i by new { m.Id, m.Title, m.StartUtc, i.Role } into g
                          select new
                          {
                              g.Key.Id, g.Key.Title, g.Key.StartUtc, g.Key.Role,
                              Invited = g.Count(),
                              Present = g.Count(x => x.Attendance == AttendanceMark.Present),
                          }).ToListAsync(ct);
        var meetings = rows.GroupBy(r => new { r.Id, r.Title, r.StartUtc })
            .OrderBy(g => g.Key.StartUtc)
            .Select(g => new MeetingParticipation(g.Key.Id, g.Key.Title, g.Key.StartUtc,
                g.Select(r => new RoleCount(r.Role, r.Invited, r.Present)).ToList()))
            .ToList();
        var totals = rows.GroupBy(r => r.Role)
            .Select(g => new RoleCount(g.Key, g.Sum(r => r.Invited), g.Sum(r => r.Present)))
            .ToList();
        var balance = (await db.Memberships
                .Where(m => m.GroupId == groupId && m.From <= today && (m.To == null || m.To >= today))
                .GroupBy(m => m.Role).Select(g => new { Role = g.Key, Count = g.Select(m => m.PersonId).Distinct().Count() })
                .ToListAsync(ct))
            .Select(x => (x.Role, x.Count)).ToList();
        return new ParticipationReport(meetings, totals, balance);
    }
}
