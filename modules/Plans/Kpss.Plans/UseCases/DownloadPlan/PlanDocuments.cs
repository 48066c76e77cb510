using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Public;

namespace Kpss.Plans.UseCases.DownloadPlan;

/// <summary>A generated file: its bytes and the name it is downloaded under.</summary>
internal sealed record PlanFile(byte[] Content, string FileName);

/// <summary>
/// The plan as a DOCX: for coordinators any edition or today's draft; for the public only what is published (an approved
/// edition, or the copy in comment). The settlement of the edition's comments is included once it is published.
/// </summary>
internal sealed class PlanDocuments(Editions editions, ActionPlanNetwork network, PublicPlans publicPlans, PlanComments comments, Snapshots snapshots, ICurrentKraj kraj)
{
    public async Task<PlanFile?> ForCoordinatorAsync(string krajCode, int planId, string? edition, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(edition) ? Editions.Draft : edition.Trim();
        var view = await editions.ReadAsync(krajCode, planId, name, ct);
        if (view is null) return null;
        // Today's draft of a kraj's action plan with today's network (a frozen edition carries its own).
        if (name == Editions.Draft) view = await network.WithNetworkAsync(krajCode, view, ct);
        var number = name == Editions.Draft ? view.Edition : int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
        var approval = (await snapshots.ListAsync(planId, ct)).FirstOrDefault(s => s.Edition == number && s.Stage == SnapshotStage.Schvaleny);
        var label = name == Editions.Draft
            ? $"Pracovní návrh ({number}. vydání), stav: {PlanWords.State(view.State)}"
            : approval is null ? $"{number}. vydání, návrh k připomínkám" : $"{number}. vydání, schválené znění";
        return await FileAsync(krajCode, view, number, new DocxEdition(label, name == Editions.Draft ? null : approval), name, ct);
    }

    public async Task<PlanFile?> ForPublicAsync(string krajCode, int planId, int? edition, CancellationToken ct)
    {
        if (edition is { } number)
        {
            var approved = await publicPlans.ApprovedAsync(krajCode, planId, number, ct);
            if (approved is null) return null;
            var approval = (await snapshots.ListAsync(planId, ct)).First(s => s.Edition == number && s.Stage == SnapshotStage.Schvaleny);
            return await FileAsync(krajCode, approved, number, new DocxEdition($"{number}. vydání, schválené znění", approval), $"{number}", ct);
        }
        var plan = await publicPlans.ReadAsync(krajCode, planId, ct);
        if (plan is null) return null;
        if (plan.TextInComment)
        {
            var current = plan.Text.Edition; // the copy in comment is of the edition now in comment
            return await FileAsync(krajCode, plan.Text, current, new DocxEdition($"{current}. vydání, návrh k připomínkám", null), "pripominky", ct);
        }
        var inForce = plan.Row.InForce!;
        return await FileAsync(krajCode, plan.Text, inForce.Edition, new DocxEdition($"{inForce.Edition}. vydání, schválené znění", inForce), $"{inForce.Edition}", ct);
    }

    private async Task<PlanFile> FileAsync(string krajCode, PlanView view, int edition, DocxEdition label, string suffix, CancellationToken ct)
    {
        var settlement = await comments.SettlementAsync(krajCode, view.Id, edition, ct);
        var bytes = PlanDocx.Write(view, kraj.Kraj.Name, label, settlement?.Comments);
        return new PlanFile(bytes, $"plan-{view.Id}-{suffix}.docx");
    }
}
