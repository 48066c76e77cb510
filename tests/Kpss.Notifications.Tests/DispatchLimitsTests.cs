using Kpss.Modules.Abstractions.Mail;
using Kpss.Notifications.Data;
using Kpss.Notifications.Jobs;
using Kpss.Notifications.Provides;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>
/// A transport that counts: how many sends have started, how many are in flight at once (each takes 40 ms, so that
/// sends allowed to overlap do), and it can cancel a dispatch when a given send starts. A fake on purpose: what it
/// measures — concurrency inside one dispatcher, a cancellation at an exact send — no real server shows.
/// </summary>
public sealed class CountingTransport : IMailTransport
{
    private int _inFlight;

    public int Started;
    public int MostAtOnce;

    /// <summary>Cancelled when the send numbered <see cref="CancelAt"/> starts.</summary>
    public CancellationTokenSource? Cancel { get; set; }

    public int CancelAt { get; set; }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var number = Interlocked.Increment(ref Started);
        var now = Interlocked.Increment(ref _inFlight);
        lock (this) MostAtOnce = Math.Max(MostAtOnce, now);
        try
        {
            if (number == CancelAt)
                Cancel?.Cancel();
            await Task.Delay(40, CancellationToken.None);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

public sealed class CountingHost : NotificationsHost
{
    public CountingHost()
    {
        Settings["Notifications:Parallelism"] = "3";
        Settings["Notifications:BatchSize"] = "12";
    }

    public CountingTransport Transport { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMailTransport>(Transport));
    }
}

/// <summary><c>Notifications:Parallelism</c> caps the sends in flight; a cancelled dispatch starts no new send and
/// leaves what it did not send waiting, not lost.</summary>
public sealed class DispatchLimitsTests(CountingHost app) : IClassFixture<CountingHost>
{
    [Fact]
    public async Task ADispatch_NeverHasMoreSendsInFlightThanParallelismSays_AndUsesThemAll()
    {
        app.Clock.Set(new DateTime(2026, 5, 11, 8, 0, 0, DateTimeKind.Utc));
        await app.EnqueueAsync(Enumerable.Range(1, 12).Select(i => NotificationsHost.Invitation($"soubezne-{i}@test.example", "Souběžně")).ToList());
        app.Transport.Started = 0;
        app.Transport.MostAtOnce = 0;

        var result = await app.DispatchAsync();

        Assert.Equal(12, result.Sent);
        Assert.Equal(3, app.Transport.MostAtOnce);
    }

    [Fact]
    public async Task ACancelledDispatch_StartsNoNewSend_AndWhatItDidNotSendWaits()
    {
        app.Clock.Set(new DateTime(2026, 5, 12, 8, 0, 0, DateTimeKind.Utc));
        var emails = Enumerable.Range(1, 12).Select(i => $"zruseno-{i}@test.example").ToList();
        await app.EnqueueAsync(emails.Select(e => NotificationsHost.Invitation(e, "Zrušené rozesílání")).ToList());
        using var cancel = new CancellationTokenSource();
        app.Transport.Started = 0;
        app.Transport.Cancel = cancel;
        app.Transport.CancelAt = 4;

        var dispatch = await Record.ExceptionAsync(() => app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(cancel.Token));
        app.Transport.Cancel = null;

        Assert.IsAssignableFrom<OperationCanceledException>(dispatch);
        // The fourth send cancelled the dispatch; at most the two others then in flight had started beside it.
        Assert.InRange(app.Transport.Started, 4, 6);
        using var scope = app.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.IgnoreQueryFilters().AsNoTracking()
            .Where(m => emails.Contains(m.ToEmail)).ToListAsync();
        Assert.Equal(app.Transport.Started, rows.Count(m => m.Status == OutboxStatus.Sent));
        Assert.All(rows.Where(m => m.Status != OutboxStatus.Sent), m => Assert.Equal(OutboxStatus.Pending, m.Status));
        // Once the lease of the cancelled dispatch is over, the rest goes out, each message once.
        app.Clock.Advance(TimeSpan.FromSeconds(301));
        Assert.Equal(12 - app.Transport.Started, (await app.DispatchAsync()).Sent);
    }
}
