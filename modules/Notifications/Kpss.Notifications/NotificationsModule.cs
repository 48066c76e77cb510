using Autofac;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Notifications.UseCases.ChangePreferences;
using Kpss.Notifications.Jobs;
using Kpss.Notifications.Provides;
using Kpss.Notifications.Shared;
using Kpss.Notifications.Messages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications;

/// <summary>Email outbox, Czech templates, scheduled sending, preferences, delivery log.</summary>
public sealed class NotificationsModule : IModule
{
    public string Name => NotificationsDbContext.SchemaName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications");
        services.Configure<NotificationsOptions>(section);
        services.AddKpssDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext, MySqlNotificationsDbContext>(NotificationsDbContext.SchemaName);
        services.AddScoped<INotificationOutbox, NotificationOutbox>();
        services.AddScoped<MessageRenderer>();
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, PersonalData.NotificationsPersonalData>();
        services.AddSingleton<PreferenceTokens>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Desk.NotificationsDesk>();
        services.AddSingleton(new KrajLink(NotificationWords.Pages.DeliveryLog, "oznameni/dorucovani", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajWideCoordinator, 90));

        var options = section.Get<NotificationsOptions>() ?? new NotificationsOptions();
        // Retention of the delivery log: daily, unless the installation turns the schedule off (Retention:Enabled=false).
        services.AddKpssRecurringJob<OutboxRetentionJob>(OutboxRetentionJob.Name, TimeSpan.FromHours(24), configuration.GetValue("Retention:Enabled", true));
        // Without the schedule (DispatchEnabled=false) the job is still declared: it runs when asked (tests, an admin).
        services.AddKpssRecurringJob<OutboxDispatchJob>(OutboxDispatchJob.Name, TimeSpan.FromSeconds(Math.Clamp(options.PollSeconds, 1, 30)), options.DispatchEnabled);
    }

    /// <summary>Every use case's handler (UseCases/&lt;UseCase&gt;/&lt;UseCase&gt;.cs), registered by convention.</summary>
    public void ConfigureContainer(ContainerBuilder builder) => builder.RegisterUseCases(typeof(NotificationsModule).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ChangePreferences.Map(endpoints);
}
