using Microsoft.AspNetCore.DataProtection;

namespace Kpss.Host.Platform.Data;

/// <summary>
/// Makes the data-protection key ring create or roll its keys here, outside any transaction. Keys live in the
/// database; were a key first needed while a use case holds SQLite's write lock (an invitation's signed links are made
/// inside the transaction that saves it), storing the key would wait for that very lock.
/// </summary>
internal sealed class KeyRingWarmer(IDataProtectionProvider protection, ILogger<KeyRingWarmer> logger) : BackgroundService
{
    private readonly IDataProtector _protector = protection.CreateProtector("Kpss.KeyRingWarmer");

    /// <summary>Called once before the host serves, and then every hour.</summary>
    public void Warm() => _protector.Protect("warm");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                Warm();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Refreshing the data-protection key ring failed");
            }
        }
    }
}
