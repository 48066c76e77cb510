using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Kpss.Evaluation.UseCases.FillRecord;

namespace Kpss.Evaluation.UseCases.ViewRound;

/// <summary>A round's records in the plan's order, each measure and activity with its form while the round is open.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class RoundDetailModel(RoundReader reader, FillRecord.FillRecord fillRecord) : EvaluationPage
{
    public MonitoringRoundView Round { get; private set; } = null!;

    [BindProperty]
    public int RecordId { get; set; }

    [BindProperty]
    public FillRecordInput Input { get; set; } = new(null, null, null, null, null, null, 0);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFillAsync(int id, CancellationToken ct)
    {
        var result = await fillRecord.FillAsync(KrajCode, id, RecordId, Input, onBehalf: false, ct);
        if (!result.Ok)
        {
            Show(result);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        StatusMessage = EvaluationWords.Done.Saved;
        return Redirect($"/{Kraj.Slug}/hodnoceni/{id}#zaznam-{RecordId}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await reader.ReadAsync(KrajCode, id, ct) is not { } round) return false;
        Round = round;
        return true;
    }
}
