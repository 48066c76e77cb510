using System.Globalization;
using Kpss.Modules.Abstractions.Security;

namespace Kpss.Meetings.Provides;

/// <summary>What a coordinator can be narrowed to: the kraj's planning processes.</summary>
internal sealed class CoordinatorScopes(MeetingsDbContext db) : IRoleScopeSource
{
    public string Role => KpssRoles.Coordinator;
    public string ScopeName => "plánovací proces";

    public async Task<IReadOnlyList<RoleScopeOption>> OptionsAsync(string krajCode, CancellationToken ct) =>
        (await db.Processes.AsNoTracking().Where(p => p.KrajCode == krajCode).OrderByDescending(p => p.PeriodFrom).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.PeriodFrom, p.PeriodTo }).ToListAsync(ct))
        .Select(p => new RoleScopeOption(p.Id.ToString(CultureInfo.InvariantCulture), $"{p.Name} ({p.PeriodFrom.Year}–{p.PeriodTo.Year})"))
        .ToList();
}

/// <summary>What a member can be narrowed to: the kraj's groups.</summary>
internal sealed class MemberScopes(MeetingsDbContext db) : IRoleScopeSource
{
    public string Role => KpssRoles.Member;
    public string ScopeName => "skupina";

    public async Task<IReadOnlyList<RoleScopeOption>> OptionsAsync(string krajCode, CancellationToken ct) =>
        (await db.Groups.AsNoTracking().Where(g => g.KrajCode == krajCode)
            .Join(db.Processes, g => g.ProcessId, p => p.Id, (g, p) => new { g.Id, g.Name, Process = p.Name })
            .OrderBy(x => x.Process).ThenBy(x => x.Name).ToListAsync(ct))
        .Select(x => new RoleScopeOption(x.Id.ToString(CultureInfo.InvariantCulture), $"{x.Name} – {x.Process}"))
        .ToList();
}
