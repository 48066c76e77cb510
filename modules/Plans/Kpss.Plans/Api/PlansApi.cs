using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Plans.Api;

/// <summary>
/// The coordinators' JSON API for a kraj's plans: one route group (its policy, narrowing to the coordinator's processes
/// and tag); each use case maps its own endpoint beside its input and handler (UseCases/).
/// </summary>
internal static class PlansApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/kraje/{kraj}/plany").RequireAuthorization(KpssPolicies.KrajCoordinator)
            .WithMetadata(new NarrowToProcessesAttribute()).WithTags("Plány");

        UseCases.ListPlans.ListPlans.Map(plans);
        UseCases.CreatePlan.CreatePlan.Map(plans);
        UseCases.ViewPlan.GetPlan.Map(plans);
        UseCases.ViewPlan.GetPlanYear.Map(plans);
        UseCases.WriteChapter.WriteChapter.Map(plans);
        UseCases.AddItem.AddItem.Map(plans);
        UseCases.ChangeItem.ChangeItem.Map(plans);
        UseCases.RemoveItem.RemoveItem.Map(plans);
        UseCases.MoveItem.MoveItem.Map(plans);
        UseCases.DownloadPlan.DownloadPlan.Map(plans, app);
        UseCases.RefreshActionPlan.RefreshActionPlan.Map(plans);
        UseCases.AdoptPlanFormat.AdoptPlanFormat.Map(plans);

        // The way from draft to force, the frozen editions and their comparison.
        UseCases.OpenComments.OpenComments.Map(plans);
        UseCases.EndComments.EndComments.Map(plans);
        UseCases.AnswerComment.AnswerComment.Map(plans);
        UseCases.PublishSettlement.PublishSettlement.Map(plans);
        UseCases.ApprovePlan.ApprovePlan.Map(plans);
        UseCases.AmendPlan.AmendPlan.Map(plans);
        UseCases.ScheduleHearing.ScheduleHearing.Map(plans);
        UseCases.EndHearing.EndHearing.Map(plans);
        UseCases.InsertPlanFacts.InsertPlanFacts.Map(plans);
        UseCases.ComparePlanEditions.ComparePlanEditions.Map(plans);
    }
}
