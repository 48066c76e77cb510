using Kpss.Modules.Abstractions.Data;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.Platform.Data;

internal static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> (Sqlite, the default, Postgres or MySql), <c>Database:ConnectionString</c> (for SQLite by
    /// default a file kpss.db in the data folder) and <c>Database:MigrateOnStart</c> (default true).
    /// </summary>
    public static DatabaseSettings SettingsFrom(IConfiguration configuration, StoragePaths paths)
    {
        var section = configuration.GetSection("Database");
        var providerText = section["Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");

        var connectionString = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={paths.Resolve("kpss.db")}"
                : throw new InvalidOperationException($"Database:ConnectionString is required for {provider}.");
        }
        return new DatabaseSettings(provider, connectionString, section.GetValue("MigrateOnStart", true));
    }

    /// <summary>Applies pending migrations of every module's DbContext, the platform's first.</summary>
    public static async Task MigrateAllAsync(IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var targets = scope.ServiceProvider.GetServices<MigrationTarget>()
            .OrderBy(t => t.ContextType == typeof(PlatformDbContext) ? 0 : 1)
            .ThenBy(t => t.Schema, StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(target.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations to schema {Schema} on {Provider}: {Migrations}",
                    pending.Count, target.Schema, settings.Provider, pending);
                await db.Database.MigrateAsync(ct);
            }
            if (settings.Provider == DatabaseProvider.Sqlite && target.ContextType == typeof(PlatformDbContext))
            {
                // Readers never wait for the writer; one file shared by every module's context.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
    }
}
