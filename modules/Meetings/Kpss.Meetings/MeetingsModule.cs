using Autofac;
using Kpss.Meetings.UseCases.WriteMinutes;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Kpss.Meetings.Api;
using Kpss.Meetings.UseCases.SubscribeCalendar;
using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings;

/// <summary>Planning processes, groups, people, meetings, invitations and answers, attendance, minutes, calendar feeds.</summary>
public sealed class MeetingsModule : IModule
{
    public string Name => MeetingsDbContext.SchemaName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MeetingsOptions>(configuration.GetSection("Meetings"));
        services.AddKpssDbContext<MeetingsDbContext, SqliteMeetingsDbContext, PostgresMeetingsDbContext, MySqlMeetingsDbContext>(MeetingsDbContext.SchemaName);
        services.AddHttpContextAccessor();
        services.TryAddScoped<ProcessScope>();
        services.AddScoped<Memberships>();
        services.AddScoped<Kpss.Modules.Abstractions.Security.IRoleScopeSource, Provides.CoordinatorScopes>();
        services.AddScoped<Kpss.Modules.Abstractions.Security.IRoleScopeSource, Provides.MemberScopes>();
        services.AddScoped<MeetingNotices>();
        services.AddScoped<Participation>();
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, PersonalData.MeetingsPersonalData>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Desk.MeetingsDesk>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IKrajHomeContributor, Desk.MeetingsHome>();
        services.AddSingleton<RsvpTokens>();
        services.AddMessageTemplate<MeetingInvitation, InvitationTemplate>();
        services.AddMessageTemplate<MeetingReminder, MeetingReminderTemplate>();
        services.AddMessageTemplate<MinutesReminder, MinutesReminderTemplate>();
        services.AddMessageTemplate<MinutesForComments, MinutesForCommentsTemplate>();
        services.AddMessageTemplate<TaskReminder, TaskReminderTemplate>();
        services.AddScoped<Kpss.Meetings.Contracts.IPlanningProcesses, Provides.PlanningProcesses>();
        services.AddSingleton(new KrajLink(MeetingWords.Pages.Public, "verejne", null, 10));
        services.AddSingleton(new KrajLink(MeetingWords.Pages.ProcessesAndGroups, "procesy", KpssPolicies.KrajCoordinator, 20));
    }

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => MeetingsDemo.SeedAsync(services, ct);

    /// <summary>Every use case's handler (UseCases/&lt;UseCase&gt;/&lt;UseCase&gt;.cs), registered by convention.</summary>
    public void ConfigureContainer(ContainerBuilder builder) => builder.RegisterUseCases(typeof(MeetingsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MeetingsApi.Map(endpoints);
        CalendarFeeds.Map(endpoints);
    }
}
