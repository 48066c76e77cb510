using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.UseCases.ApprovePlan;
using Kpss.Plans.UseCases.OpenComments;
using Kpss.Plugins.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.ViewPlanStage;

/// <summary>
/// Where a plan is on its way to force and the next step: put a complete draft to comment, end the comment period,
/// record the approval (regional admin), start an amendment; the frozen editions with their comparison. Each step is
/// its use case's handler (OpenComments, EndComments, ApprovePlan, AmendPlan), the same the API calls.
/// </summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanStageModel(PlanReader reader, Snapshots snapshots, PlanFormats formats, IAuthorizationService authorization, KpssClock clock,
    Kpss.Meetings.Contracts.IPlanningProcesses processes)
    : PlansPage
{
    public PlanView Plan { get; private set; } = null!;
    public IReadOnlyList<SnapshotInfo> Editions { get; private set; } = [];
    public bool CanApprove { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The plan's own format (its usual comment length and approval month), read once per request.</summary>
    private PlanFormat Format { get; set; } = PlanFormat.Default;

    /// <summary>An action plan not yet approved: by when the kraj approves it, and the last day to put it to comment.</summary>
    public ApprovalDeadline? ApprovalDeadline { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public DateOnly? CommentsFrom { get; set; }

    [BindProperty]
    public DateOnly? CommentsTo { get; set; }

    [BindProperty]
    public DateOnly? HearingDate { get; set; }

    [BindProperty]
    public TimeOnly? HearingStart { get; set; }

    [BindProperty]
    public TimeOnly? HearingEnd { get; set; }

    [BindProperty]
    public string? HearingPlace { get; set; }

    /// <summary>The coordinators' page of the plan's public hearing, once created.</summary>
    public string? HearingUrl { get; private set; }

    [BindProperty]
    public string? ApprovedBy { get; set; }

    [BindProperty]
    public string? Resolution { get; set; }

    [BindProperty]
    public DateOnly? ApprovedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        CommentsFrom = Today;
        CommentsTo = Today.AddDays(Format.CommentPeriodDays - 1);
        ApprovedBy = Plan.ApprovingBody;
        Version = Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostCommentsAsync(int id, [FromServices] OpenComments.OpenComments open, CancellationToken ct) =>
        await AfterAsync(id, await open.OpenAsync(KrajCode, id, new OpenCommentsInput(CommentsFrom, CommentsTo, Version), ct),
            PlanWords.Done.CommentsOpened, ct);

    public async Task<IActionResult> OnPostEndCommentsAsync(int id, [FromServices] EndComments.EndComments end, CancellationToken ct) =>
        await AfterAsync(id, await end.EndAsync(KrajCode, id, Version, ct),
            PlanWords.Done.CommentsEnded, ct);

    public async Task<IActionResult> OnPostApproveAsync(int id, [FromServices] ApprovePlan.ApprovePlan approve, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, KpssPolicies.KrajAdmin)).Succeeded) return Forbid();
        return await AfterAsync(id, await approve.ApproveAsync(KrajCode, id, new ApprovePlanInput(ApprovedBy, Resolution, ApprovedOn, Version), ct),
            PlanWords.Done.Approved, ct);
    }

    public async Task<IActionResult> OnPostHearingAsync(int id, [FromServices] ScheduleHearing.ScheduleHearing schedule, CancellationToken ct) =>
        await AfterAsync(id, await schedule.CreateHearingAsync(KrajCode, id, new ScheduleHearing.HearingInput(HearingDate, HearingStart, HearingEnd, HearingPlace, Version),
                User.Identity?.Name ?? "", User.Identity?.Name, ct),
            PlanWords.Done.HearingScheduled, ct);

    public async Task<IActionResult> OnPostEndHearingAsync(int id, [FromServices] EndHearing.EndHearing end, CancellationToken ct) =>
        await AfterAsync(id, await end.EndHearingAsync(KrajCode, id, Version, ct),
            PlanWords.Done.HearingEnded, ct);

    public async Task<IActionResult> OnPostAmendAsync(int id, [FromServices] AmendPlan.AmendPlan amend, CancellationToken ct) =>
        await AfterAsync(id, await amend.AmendAsync(KrajCode, id, Version, ct),
            PlanWords.Done.AmendmentStarted, ct);

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string done, CancellationToken ct)
    {
        if (result.Ok)
        {
            StatusMessage = done;
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}/stav");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        Show(result);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await reader.ReadAsync(KrajCode, id, ct);
        if (plan is null) return false;
        Plan = plan;
        Editions = await snapshots.ListAsync(id, ct);
        CanApprove = (await authorization.AuthorizeAsync(User, KpssPolicies.KrajAdmin)).Succeeded;
        HearingUrl = plan.HearingMeetingId is { } meeting ? processes.MeetingPath(Kraj.Slug, meeting) : null;
        Today = PragueTime.Today(clock);
        Format = await formats.OfAsync(KrajCode, id, ct);
        ApprovalDeadline = plan.State == PlanState.Schvaleny ? null : ApprovalDue.Of(plan.Kind, plan.FromYear, Format.ActionPlanApprovalMonth, Format.CommentPeriodDays);
        return true;
    }

    public static string StageName(SnapshotStage stage) => stage == SnapshotStage.Schvaleny ? "schválené" : "k připomínkám";
}
