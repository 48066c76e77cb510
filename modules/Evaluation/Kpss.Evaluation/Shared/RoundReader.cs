namespace Kpss.Evaluation.Shared;

/// <summary>An indicator of a record: target for the year, value reached (null: not reported).</summary>
internal sealed record RecordIndicatorView(string Key, string Name, string Unit, decimal? Baseline, decimal Target, decimal? Reached);

/// <summary>Money of a record from one source: planned at its level, spent (null: not reported).</summary>
internal sealed record RecordMoneyView(FundingSource Source, string SourceName, long Planned, long? Spent);

/// <summary>A change of the network planned for the year and what was made of it.</summary>
internal sealed record RecordNetworkChangeView(int Order, string Paragraph, string Form, int? OrpCsuCode, int Capacity, string? Unit, decimal Staff,
    int? RealCapacity, decimal? RealStaff);

/// <summary>A record of a round as the coordinator reads it.</summary>
internal sealed record MonitoringRecordView(int Id, string Code, ItemLevel Level, string Title, string? Responsible, string? ResponsibleIco, bool FilledIn,
    RecordState? State, string StateName, string? Comment, string? Evidence, bool FilledOnBehalf, DateTime? FilledAtUtc, int Version,
    IReadOnlyList<RecordIndicatorView> Indicators, IReadOnlyList<RecordMoneyView> Money, IReadOnlyList<RecordNetworkChangeView> NetworkChanges);

/// <summary>A round with its records in the plan's order.</summary>
internal sealed record MonitoringRoundView(int Id, int PlanId, string PlanTitle, int SourcePlanId, string SourceTitle, int SourceEdition, int Year, DateOnly Deadline,
    RoundState State, int Reported, int ToReport, IReadOnlyList<MonitoringRecordView> Records);

/// <summary>A round in the kraj's list: how many of its measures and activities are reported.</summary>
internal sealed record MonitoringRoundSummary(int Id, int PlanId, string PlanTitle, string SourceTitle, int Year, DateOnly Deadline, RoundState State, int Reported, int ToReport);

/// <summary>Reads rounds for the API and the pages: a round in three queries (the round, its records, their parts).</summary>
internal sealed class RoundReader(EvaluationDbContext db)
{
    public async Task<MonitoringRoundView?> ReadAsync(string krajCode, int roundId, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId && r.KrajCode == krajCode, ct);
        if (round is null) return null;
        var records = await db.Records.AsNoTracking().Where(r => r.RoundId == roundId).OrderBy(r => r.Order)
            .Include(r => r.Indicators).Include(r => r.Money).Include(r => r.NetworkChanges).AsSplitQuery().ToListAsync(ct);
        var views = records.Select(r => new MonitoringRecordView(r.Id, r.Code, r.Level, r.Title, r.Responsible, r.ResponsibleIco, r.IsFilledIn, r.State,
            EvaluationWords.RecordState(r.State), r.Comment, r.Evidence, r.FilledOnBehalf, r.FilledAtUtc, r.Version,
            r.Indicators.OrderBy(i => i.Id).Select(i => new RecordIndicatorView(i.Key, i.Name, i.Unit, i.Baseline, i.Target, i.Reached)).ToList(),
            r.Money.OrderBy(m => m.Source).Select(m => new RecordMoneyView(m.Source, EvaluationWords.Source(m.Source), m.Planned, m.Spent)).ToList(),
            r.NetworkChanges.OrderBy(c => c.Order).Select(c => new RecordNetworkChangeView(c.Order, c.Paragraph, c.Form, c.OrpCsuCode, c.Capacity, c.Unit, c.Staff,
                c.RealCapacity, c.RealStaff)).ToList())).ToList();
        return new MonitoringRoundView(round.Id, round.PlanId, round.PlanTitle, round.SourcePlanId, round.SourceTitle, round.SourceEdition, round.Year, round.Deadline,
            round.State, views.Count(v => v.FilledIn && v.State is not null), views.Count(v => v.FilledIn), views);
    }

    public async Task<IReadOnlyList<MonitoringRoundSummary>> ListAsync(string krajCode, CancellationToken ct)
    {
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.KrajCode == krajCode).OrderByDescending(r => r.Year).ThenBy(r => r.PlanTitle)
            .Select(r => new
            {
                r.Id, r.PlanId, r.PlanTitle, r.SourceTitle, r.Year, r.Deadline, r.State,
                Reported = db.Records.Count(x => x.RoundId == r.Id && x.Level >= ItemLevel.Opatreni && x.State != null),
                ToReport = db.Records.Count(x => x.RoundId == r.Id && x.Level >= ItemLevel.Opatreni),
            }).ToListAsync(ct);
        return rounds.Select(r => new MonitoringRoundSummary(r.Id, r.PlanId, r.PlanTitle, r.SourceTitle, r.Year, r.Deadline, r.State, r.Reported, r.ToReport)).ToList();
    }
}
