using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Evaluation.UseCases.FillRecord;

/// <summary>An indicator of the record (its key, e.g. <c>1.1.1/1</c>) and the value reached; null: not known yet.</summary>
internal sealed record IndicatorReached(string? Key, decimal? Reached);

/// <summary>Money spent from a source (<c>obec</c>, <c>kraj</c>, <c>mpsv</c>, <c>eu</c>, <c>uzivatele</c>, <c>jine</c>) in whole CZK.</summary>
internal sealed record MoneySpent(string? Source, long? Spent);

/// <summary>A change of the network the record planned (its order, 1, 2…) and what was really made: capacity and úvazky ±.</summary>
internal sealed record NetworkMade(int Order, int? Capacity, decimal? Staff);

/// <summary>
/// A record as reported: its state (<c>Splneno</c>, <c>PlnenoPrubezne</c>, <c>CastecneSplneno</c>, <c>Nesplneno</c>,
/// <c>Zruseno</c>, <c>Presunuto</c>), indicators reached, money spent, changes of the network made, a comment, a link to
/// the evidence; and the record's version the writer started from.
/// </summary>
internal sealed record FillRecordInput(string? State, IReadOnlyList<IndicatorReached>? Indicators, IReadOnlyList<MoneySpent>? Money,
    IReadOnlyList<NetworkMade>? Network, string? Comment, string? Evidence, int Version);

/// <summary>
/// Use case: the coordinator fills in a measure's or activity's record of an open round (for the responsible party, or
/// as its own knowledge). Every value is checked before anything is saved; a closed round and a priority or goal are
/// refused. Page: ViewRound (RoundDetail).
/// </summary>
internal sealed class FillRecord(EvaluationDbContext db, Kpss.Modules.Abstractions.Time.KpssClock clock)
{
    public static void Map(RouteGroupBuilder evaluation) =>
        evaluation.MapPut("/kola/{roundId:int}/zaznamy/{recordId:int}", async (HttpContext http, int roundId, int recordId, FillRecordInput input, FillRecord handler,
                CancellationToken ct) =>
                (await handler.FillAsync(http.KrajCode(), roundId, recordId, input, onBehalf: false, ct)).ToHttpResult())
            .AnswersOutcome().WithName("FillMonitoringRecord")
            .WithExample(new
            {
                state = "PlnenoPrubezne", indicators = Array.Empty<object>(), money = new[] { new { source = "kraj", spent = 380_000L } },
                network = Array.Empty<object>(), comment = "Služba rozšířila kapacitu od 1. 4.", evidence = "https://www.example.cz/zprava-2027.pdf", version = 0,
            })
            .WithSummary("Vyplní záznam opatření nebo aktivity v otevřeném kole: stav, dosažené ukazatele, utracené peníze, skutečné změny sítě");

    public async Task<OperationResult> FillAsync(string krajCode, int roundId, int recordId, FillRecordInput input, bool onBehalf, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId && r.KrajCode == krajCode, ct);
        if (round is null) return OperationResult.Missing(EvaluationWords.NoRound);
        var record = await db.Records.Include(r => r.Indicators).Include(r => r.Money).Include(r => r.NetworkChanges)
            .SingleOrDefaultAsync(r => r.Id == recordId && r.RoundId == roundId, ct);
        if (record is null) return OperationResult.Missing(EvaluationWords.NoRecord);
        if (round.State != RoundState.Otevrene) return OperationResult.Invalid("", EvaluationWords.RoundClosed);
        if (!record.IsFilledIn) return OperationResult.Invalid("", EvaluationWords.NotFilledIn);

        var result = new OperationResult();
        var state = RecordRules.ParseState(input.State);
        if (string.IsNullOrWhiteSpace(input.State)) result.Add("State", EvaluationWords.StateMissing);
        else if (state is null) result.Add("State", EvaluationWords.UnknownState(input.State));
        var reached = ReadIndicators(record, input.Indicators ?? [], result);
        var spent = ReadMoney(input.Money ?? [], result);
        var made = ReadNetwork(record, input.Network ?? [], result);
        Check.Optional(result, "Comment", input.Comment, "komentář", RecordRules.MaxComment);
        Check.Optional(result, "Evidence", input.Evidence, "odkaz na doklad", RecordRules.MaxEvidence);
        if (Check.Clean(input.Evidence) is { } evidence && !Check.IsWebUrl(evidence)) result.Add("Evidence", EvaluationWords.EvidenceNotLink);
        if (!result.Ok) return result;
        if (record.Version != input.Version) return OperationResult.Stale();

        record.State = state;
        foreach (var indicator in record.Indicators)
            indicator.Reached = reached.GetValueOrDefault(indicator.Key);
        foreach (var money in record.Money)
            money.Spent = spent.GetValueOrDefault(money.Source);
        // Money spent from a source the edition did not plan: kept, planned 0.
        foreach (var (source, amount) in spent.Where(s => record.Money.All(m => m.Source != s.Key)))
            record.Money.Add(new RecordMoney { Source = source, Planned = 0, Spent = amount });
        record.Money.RemoveAll(m => m.Planned == 0 && m.Spent is null);
        foreach (var change in record.NetworkChanges)
            (change.RealCapacity, change.RealStaff) = made.GetValueOrDefault(change.Order);
        record.Comment = Check.Clean(input.Comment);
        record.Evidence = Check.Clean(input.Evidence);
        record.FilledOnBehalf = onBehalf;
        record.FilledAtUtc = clock.GetUtcNow().UtcDateTime;
        record.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(record.Id);
    }

    private static Dictionary<string, decimal?> ReadIndicators(MonitoringRecord record, IReadOnlyList<IndicatorReached> given, OperationResult result)
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (value, n) in given.Select((v, n) => (v, n)))
        {
            var field = $"Indicators[{n}]";
            var key = value.Key?.Trim() ?? "";
            if (record.Indicators.All(i => i.Key != key)) result.Add($"{field}.Key", EvaluationWords.UnknownIndicator(value.Key));
            else if (!values.TryAdd(key, value.Reached)) result.Add($"{field}.Key", EvaluationWords.IndicatorTwice(key));
            if (value.Reached < 0) result.Add($"{field}.Reached", EvaluationWords.ReachedNegative);
        }
        return values;
    }

    private static Dictionary<FundingSource, long?> ReadMoney(IReadOnlyList<MoneySpent> given, OperationResult result)
    {
        var spent = new Dictionary<FundingSource, long?>();
        foreach (var (value, n) in given.Select((v, n) => (v, n)))
        {
            var field = $"Money[{n}]";
            if (RecordRules.ParseSource(value.Source) is not { } source) result.Add($"{field}.Source", EvaluationWords.UnknownSource(value.Source));
            else if (!spent.TryAdd(source, value.Spent)) result.Add($"{field}.Source", EvaluationWords.SourceTwice(source));
            if (value.Spent < 0) result.Add($"{field}.Spent", EvaluationWords.SpentNegative);
            else if (value.Spent > RecordRules.MaxAmount) result.Add($"{field}.Spent", EvaluationWords.SpentTooLarge);
        }
        return spent;
    }

    private static Dictionary<int, (int?, decimal?)> ReadNetwork(MonitoringRecord record, IReadOnlyList<NetworkMade> given, OperationResult result)
    {
        var made = new Dictionary<int, (int?, decimal?)>();
        foreach (var (value, n) in given.Select((v, n) => (v, n)))
        {
            var field = $"Network[{n}].Order";
            if (record.NetworkChanges.All(c => c.Order != value.Order)) result.Add(field, EvaluationWords.UnknownChange(value.Order));
            else if (!made.TryAdd(value.Order, (value.Capacity, value.Staff))) result.Add(field, EvaluationWords.ChangeTwice(value.Order));
        }
        return made;
    }
}
