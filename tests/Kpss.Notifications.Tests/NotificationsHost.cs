using System.Linq.Expressions;
using Kpss.Modules.Abstractions.Security;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Notifications.Jobs;
using Kpss.Notifications.Provides;
using Kpss.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>
/// The host sending by SMTP to a port where the test decides whether a server listens; dispatch is run by the test
/// (not by the scheduler) so that every step is deterministic.
/// </summary>
public class NotificationsHost : KpssAppFactory
{
    public const string Coordinator = "koordinator@jh.test.example";

    public NotificationsHost() : this(TestDatabase.CurrentProvider)
    {
    }

    protected NotificationsHost(Kpss.Modules.Abstractions.Data.DatabaseProvider provider) : base(provider)
    {
        Clock = new FakeClock(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        Settings["Mail:Transport"] = "Smtp";
        Settings["Mail:Smtp:Host"] = "127.0.0.1";
        Settings["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Mail:Smtp:TimeoutSeconds"] = "5";
        Settings["Notifications:DispatchEnabled"] = "false";
        // Four tries, waits of 30 s, 60 s, then the cap of 100 s: each rule of the back-off shows in a test.
        Settings["Notifications:MaxAttempts"] = "4";
        Settings["Notifications:MaxRetrySeconds"] = "100";
        // Small batches: a dispatch goes on batch after batch, and a mixed batch shows each outcome counted.
        Settings["Notifications:BatchSize"] = "4";
        // The delivery log kept 90 days rather than the default year: the setting is read, not only its default.
        Settings["Retention:DeliveryLogDays"] = "90";
    }

    public new FakeClock Clock { get => base.Clock!; private init => base.Clock = value; }

    /// <summary>Not started until a test starts it.</summary>
    public SmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Coordinator, KpssRoles.Coordinator, "CZ031");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    public async Task EnqueueAsync(IReadOnlyCollection<NotificationRequest> requests)
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<INotificationOutbox>().EnqueueAsync(requests);
    }

    internal Task<DispatchResult> DispatchAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

    /// <summary>The stored outbox rows that match, in every kraj, read after the fact.</summary>
    internal async Task<List<OutboxMessage>> OutboxRowsAsync(Expression<Func<OutboxMessage, bool>> where)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.IgnoreQueryFilters().AsNoTracking().Where(where).ToListAsync();
    }

    /// <summary>Stores preferences as the settings page would (addresses in lower case).</summary>
    internal async Task SetPreferencesAsync(params NotificationPreference[] preferences)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        db.Preferences.AddRange(preferences);
        await db.SaveChangesAsync();
    }

    /// <summary>An essential notice (like an invitation: it always goes) in Jihočeský kraj.</summary>
    public static NotificationRequest Invitation(string email, string title = "Pracovní skupina Senioři") =>
        new("CZ031", new Recipient(email, null), new Notice(title));

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // As a sending module does in its ConfigureServices.
        builder.ConfigureTestServices(services => services.AddMessageTemplate<Notice, NoticeTemplate>());
    }
}
