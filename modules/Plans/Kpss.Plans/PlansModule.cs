using Autofac;
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
        services.AddScoped<Kpss.Plans.Contracts.IPlans, Provides.PlansContract>();
        services.AddScoped<Shared.PlanWrites>();
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, PersonalData.PlansPersonalData>();
        services.AddScoped<Shared.ItemRules>();
        services.AddScoped<Shared.ResponsibleParties>();
        services.AddScoped<PlanReader>();
        services.AddScoped<ActionPlanNetwork>();
        services.AddScoped<Snapshots>();
        services.AddScoped<Editions>();
        services.AddScoped<Public.PublicPlans>();
        services.AddScoped<Shared.PlanComments>();
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
        services.AddSingleton(new KrajLink(PlanWords.Pages.Public, "plany", null, 7));
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Desk.PlansDesk>();
        services.AddSingleton(new KrajLink(PlanWords.Pages.Preparation, "plany/priprava", KpssPolicies.KrajCoordinator, 25));
    }

    /// <summary>Every use case's handler (UseCases/&lt;UseCase&gt;/&lt;UseCase&gt;.cs), registered by convention.</summary>
    public void ConfigureContainer(ContainerBuilder builder) => builder.RegisterUseCases(typeof(PlansModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PlansApi.Map(endpoints);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => PlansDemo.SeedAsync(services, ct);
}
