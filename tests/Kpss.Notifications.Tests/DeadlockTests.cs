using System.Data.Common;
using Kpss.Notifications.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>
/// Makes MariaDB answer the outbox's claim (its <c>SELECT … FOR UPDATE SKIP LOCKED</c>) with a real deadlock error
/// (1213, raised by the server through <c>SIGNAL</c>) the first <see cref="Times"/> times: InnoDB picks a claim as its
/// victim only under a load no test can stage on demand.
/// </summary>
public sealed class InjectedDeadlocks : DbCommandInterceptor
{
    private int _claims;

    public int Times { get; set; }

    public int Claims => _claims;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("FROM notifications_outbox_messages", StringComparison.Ordinal)
            && command.CommandText.Contains("FOR UPDATE SKIP LOCKED", StringComparison.Ordinal)
            && Interlocked.Increment(ref _claims) <= Times)
        {
            command.CommandText = "SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found when trying to get lock (test)'";
            command.Parameters.Clear();
        }
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public void Reset(int times)
    {
        Times = times;
        _claims = 0;
    }
}

/// <summary>The outbox on MariaDB, whatever the pass's database, with deadlocks injected into its claim.</summary>
public sealed class DeadlockHost() : NotificationsHost(Kpss.Modules.Abstractions.Data.DatabaseProvider.MySql)
{
    public InjectedDeadlocks Deadlocks { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<MySqlNotificationsDbContext>((_, options) => options.AddInterceptors(Deadlocks)));
    }
}

/// <summary>A claim InnoDB chose as a deadlock's victim is tried again — up to five times in all — and nothing is
/// claimed, sent or lost by the claims that failed.</summary>
public sealed class DeadlockTests(DeadlockHost app) : IClassFixture<DeadlockHost>
{
    [Fact]
    public async Task AClaimThatMeetsTwoDeadlocks_IsTriedAgain_AndEveryMessageGoesOnce()
    {
        await app.Smtp.InitializeAsync();
        app.Clock.Set(new DateTime(2026, 5, 13, 8, 0, 0, DateTimeKind.Utc));
        await app.EnqueueAsync([NotificationsHost.Invitation("uvaznuti-1@test.example", "Uváznutí"), NotificationsHost.Invitation("uvaznuti-2@test.example", "Uváznutí")]);
        app.Deadlocks.Reset(times: 2);

        var result = await app.DispatchAsync();

        Assert.Equal(2, result.Sent);
        Assert.Equal(4, app.Deadlocks.Claims); // two refused, the third took the batch, a fourth found nothing left
        Assert.Equal(2, app.Smtp.Received().Count(m => m.Subject.Contains("Uváznutí", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AClaimThatKeepsMeetingDeadlocks_GivesUpAfterFiveTries_AndLeavesTheMessagesWaitingUnlocked()
    {
        app.Clock.Set(new DateTime(2026, 5, 14, 8, 0, 0, DateTimeKind.Utc));
        await app.EnqueueAsync([NotificationsHost.Invitation("trvale-uvaznuti@test.example", "Trvalé uváznutí")]);
        app.Deadlocks.Reset(times: 100);

        var failed = await Record.ExceptionAsync(() => app.DispatchAsync());
        var claims = app.Deadlocks.Claims;
        app.Deadlocks.Reset(times: 0);

        // EF wraps the server's error as a transient failure; the deadlock is inside.
        Assert.Contains(Chain(failed), e => e is MySqlConnector.MySqlException { ErrorCode: MySqlConnector.MySqlErrorCode.LockDeadlock });
        Assert.Equal(5, claims);
        using var scope = app.Services.CreateScope();
        var message = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(m => m.ToEmail == "trvale-uvaznuti@test.example");
        Assert.Equal((OutboxStatus.Pending, (string?)null, 0), (message.Status, message.LockedBy, message.Attempts));
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            yield return e;
    }
}
