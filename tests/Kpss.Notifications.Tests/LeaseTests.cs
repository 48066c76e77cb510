using Kpss.Modules.Abstractions.Mail;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>
/// A transport the test opens and closes: the first send waits at the gate and then fails (a server that hangs and
/// drops the connection), every later one goes through at once. A fake on purpose: the race it stages — a lease that
/// runs out while its holder is still in the middle of sending — cannot be timed against a real server.
/// </summary>
public sealed class GatedTransport : IMailTransport
{
    private int _calls;

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource FirstEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<string> Delivered { get; } = [];

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            FirstEntered.SetResult();
            await Gate.Task;
            throw new IOException("The connection was dropped (test).");
        }
        lock (Delivered) Delivered.Add(mail.To);
    }
}

public sealed class GatedHost : NotificationsHost
{
    public GatedTransport Transport { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMailTransport>(Transport));
    }
}

/// <summary>A dispatcher whose lease ran out may not write over the outcome of the one that took the message over.</summary>
public sealed class LeaseTests(GatedHost app) : IClassFixture<GatedHost>
{
    [Fact]
    public async Task ASenderWhoseLeaseRanOut_CannotUndoTheDeliveryOfTheSenderWhoTookOver()
    {
        app.Clock.Set(new DateTime(2026, 5, 10, 8, 0, 0, DateTimeKind.Utc));
        const string email = "najem@test.example";
        await app.EnqueueAsync([NotificationsHost.Invitation(email, "Pronájem vypršel")]);

        var first = app.DispatchAsync(); // takes the message, then hangs in the transport
        await app.Transport.FirstEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        app.Clock.Advance(TimeSpan.FromSeconds(301)); // its 300 s lease is over
        var second = await app.DispatchAsync(); // takes it over and delivers it
        app.Transport.Gate.SetResult(); // the first sender's connection drops now
        var firstResult = await first.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, second.Sent);
        Assert.Equal(1, firstResult.Retried); // it believes it must retry…
        using (var scope = app.Services.CreateScope())
        {
            var message = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.IgnoreQueryFilters().AsNoTracking()
                .SingleAsync(m => m.ToEmail == email);
            Assert.Equal(OutboxStatus.Sent, message.Status); // …but the message stays delivered
            Assert.Null(message.LastError);
        }
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await app.DispatchAsync()).Total); // and is never sent again
        Assert.Equal([email], app.Transport.Delivered);
    }
}
