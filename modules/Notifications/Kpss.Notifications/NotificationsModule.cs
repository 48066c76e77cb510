using Kpss.Modules.Abstractions.Time;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Notifications.Features.Notifications;
using Kpss.Notifications.Outbox;
using Kpss.Notifications.Preferences;
using Kpss.Notifications.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        services.AddScoped<Kpss.Modules.Abstractions.PersonalData.IPersonalData, NotificationsPersonalData>();
        services.AddSingleton<PreferenceTokens>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<Kpss.Modules.Abstractions.Pages.IDeskContributor, Desk.NotificationsDesk>();
        services.AddSingleton(new KrajLink("Doručování e-mailů", "oznameni/dorucovani", Kpss.Modules.Abstractions.Security.KpssPolicies.KrajWideCoordinator, 90));

        var options = section.Get<NotificationsOptions>() ?? new NotificationsOptions();
        // Retention of the delivery log: daily, unless the installation turns the schedule off (Retention:Enabled=false).
        services.AddKpssRecurringJob<OutboxRetentionJob>(OutboxRetentionJob.Name, TimeSpan.FromHours(24), configuration.GetValue("Retention:Enabled", true));
        // Without the schedule (DispatchEnabled=false) the job is still declared: it runs when asked (tests, an admin).
        services.AddKpssRecurringJob<OutboxDispatchJob>(OutboxDispatchJob.Name, TimeSpan.FromSeconds(Math.Clamp(options.PollSeconds, 1, 30)), options.DispatchEnabled);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // RFC 8058 one-click unsubscribe (List-Unsubscribe-Post): mail clients POST here without showing a page.
        endpoints.MapPost("/oznameni/odhlasit", async (HttpRequest request, PreferenceTokens tokens, NotificationsDbContext db, KpssClock clock, CancellationToken ct) =>
            {
                var email = tokens.Read(request.Query["t"]);
                if (email is null)
                    return Results.BadRequest("Odkaz je neplatný.");
                await PreferenceStore.SetAsync(db, email, remindersOff: true, digestsOff: true, clock, ct);
                return Results.Text("Připomínky a souhrny jsou vypnuté.", "text/plain; charset=utf-8");
            })
            .Produces<string>(StatusCodes.Status200OK, "text/plain").Produces<string>(StatusCodes.Status400BadRequest)
            .DisableAntiforgery()
            .AllowAnonymous()
            .WithName("OneClickUnsubscribe").WithTags("Oznámení");
    }
}
