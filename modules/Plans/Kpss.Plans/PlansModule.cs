using Microsoft.Extensions.DependencyInjection.Extensions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Plans.Api;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans;

/// <summary>
/// Plans: a kraj's medium-term plan (SPRSS), community plans and action plans — chapters in the kraj's format (its
/// plugin's <c>IPlanFormat</c>, else vyhláška 505 § 39a) and the strategic part as data with stable codes and computed money.
/// </summary>
public sealed class PlansModule : IModule
{
    public string Name => PlansDbContext.SchemaName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKpssDbContext<PlansDbContext, SqlitePlansDbContext, PostgresPlansDbContext, MySqlPlansDbContext>(PlansDbContext.SchemaName);
        services.TryAddScoped<ProcessScope>();
        services.AddHttpContextAccessor();
        services.AddScoped<PlanFormats>();
        services.AddScoped<Shared.PlanWrites>();
        services.AddScoped<UseCases.CreatePlan.CreatePlan>();
        services.AddScoped<UseCases.WriteChapter.WriteChapter>();
        services.AddScoped<UseCases.InsertPlanFacts.InsertPlanFacts>();
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, PersonalData.PlansPersonalData>();
        services.AddScoped<Shared.ItemRules>();
        services.AddScoped<UseCases.AddItem.AddItem>();
        services.AddScoped<UseCases.ChangeItem.ChangeItem>();
        services.AddScoped<UseCases.RemoveItem.RemoveItem>();
        services.AddScoped<UseCases.MoveItem.MoveItem>();
        services.AddScoped<PlanReader>();
        services.AddScoped<ActionPlanNetwork>();
        services.AddScoped<Snapshots>();
        services.AddScoped<Editions>();
        services.AddScoped<UseCases.OpenComments.OpenComments>();
        services.AddScoped<UseCases.EndComments.EndComments>();
        services.AddScoped<UseCases.ApprovePlan.ApprovePlan>();
        services.AddScoped<UseCases.AmendPlan.AmendPlan>();
        services.AddScoped<UseCases.ScheduleHearing.ScheduleHearing>();
        services.AddScoped<UseCases.EndHearing.EndHearing>();
        services.AddScoped<Public.PublicPlans>();
        services.AddScoped<Shared.PlanComments>();
        services.AddScoped<UseCases.CommentOnPlan.CommentOnPlan>();
        services.AddScoped<UseCases.AnswerComments.AnswerComment>();
        services.AddScoped<UseCases.PublishSettlement.PublishSettlement>();
        services.AddScoped<UseCases.DownloadPlan.PlanDocuments>();
        services.AddMessageTemplate<Messages.PlanCommentConfirmation, Messages.PlanCommentConfirmationTemplate>();
        services.AddMessageTemplate<Messages.PlanCommentAnswered, Messages.PlanCommentAnsweredTemplate>();
        services.AddMessageTemplate<Messages.PlanCommentsOpened, Messages.PlanCommentsOpenedTemplate>();
        services.AddMessageTemplate<Messages.PlanDeadlineReminder, Messages.PlanDeadlineReminderTemplate>();
        // The kraj's plan deadlines (its calendar) reminded to its coordinators: checked every hour, each occurrence once.
        // Without the schedule (Plans:DeadlineRemindersEnabled=false, as in tests) the job runs only when asked.
        services.AddSingleton<Jobs.PlanDeadlines>();
        services.AddScoped<Jobs.KrajPlanDeadlines>();
        // Unconfirmed public comments with expired links deleted daily (Retention:Enabled=false: only when asked).
        services.AddKpssRecurringJob<PersonalData.CommentRetentionJob>(PersonalData.CommentRetentionJob.Name, TimeSpan.FromHours(24),
            configuration.GetValue("Retention:Enabled", true));
        services.AddKpssRecurringJob<Jobs.PlanDeadlinesJob>(Jobs.PlanDeadlinesJob.Name, TimeSpan.FromHours(1),
            configuration.GetValue("Plans:DeadlineRemindersEnabled", true));
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IKrajHomeContributor, Desk.PlansHome>();
        services.AddSingleton(new KrajLink("Plány sociálních služeb", "plany", null, 7));
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Desk.PlansDesk>();
        services.AddSingleton(new KrajLink("Příprava plánů", "plany/priprava", KpssPolicies.KrajCoordinator, 25));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PlansApi.Map(endpoints);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => PlansDemo.SeedAsync(services, ct);
}
