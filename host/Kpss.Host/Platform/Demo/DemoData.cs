using Kpss.Host.Platform.Identity;
using Kpss.Modules.Abstractions.Security;

namespace Kpss.Host.Platform.Demo;

/// <summary>
/// Accounts to look around with (<c>Demo:Enabled</c>, on in Development). The people are invented; the place is from the
/// seeds: the planning process of ORP Jindřichův Hradec in Jihočeský kraj (seed 003).
/// </summary>
internal static class DemoData
{
    public const string Password = "Demo-heslo-2026";

    public sealed record DemoAccount(string Email, string Name, string Role, string? Kraj, string Description);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("spravce@demo.kpss.example", "Správce platformy (demo)", KpssRoles.PlatformAdmin, null, "správce platformy"),
        new("admin.jihocesky@demo.kpss.example", "Alena Dvořáková (demo)", KpssRoles.RegionalAdmin, "CZ031",
            "krajská administrátorka, Jihočeský kraj"),
        new("koordinator.jh@demo.kpss.example", "Petr Svoboda (demo)", KpssRoles.Coordinator, "CZ031",
            "koordinátor KPSS ORP Jindřichův Hradec, Jihočeský kraj"),
    ];

    public static async Task SeedAsync(IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();
        foreach (var a in Accounts)
        {
            // The password is set only when the account is new: a changed demo password survives a restart.
            var exists = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.KpssUser>>()
                .FindByEmailAsync(a.Email) is not null;
            var result = await provisioning.EnsureAsync(a.Email, exists ? null : Password, a.Name, a.Role, a.Kraj, ct: ct);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {a.Email}: {string.Join(" ", result.Errors)}");
        }
        foreach (var module in services.GetRequiredService<Modules.LoadedModules>().Modules)
            await module.SeedDemoAsync(services, ct);
        foreach (var a in Accounts)
            logger.LogWarning("Demo account ({Description}): {Email} / {Password}", a.Description, a.Email, Password);
    }
}
