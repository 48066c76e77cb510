using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;


namespace Kpss.Modules.Abstractions.Data;

/// <summary>A DbContext the host migrates (at start when configured, and by the <c>migrate</c> verb).</summary>
public sealed record MigrationTarget(Type ContextType, string Schema);

public static class DbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider (<see cref="DatabaseSettings"/>, resolved when the
    /// context is first needed). Each provider has its own subclass of the context so that its migrations, scaffolded
    /// per provider, are found by their <c>[DbContext]</c> attribute. Each module keeps its own migrations history
    /// table: in its schema on PostgreSQL, with the schema in its name on SQLite and MySQL (which have no schemas; on
    /// MySQL every table is named <c>schema_table</c>). Every context of a scope runs on that scope's
    /// <see cref="DbSession"/> connection and joins its transaction, and writes the audit log as it saves
    /// (<see cref="Audit.AuditInterceptor"/>).
    /// </summary>
    public static IServiceCollection AddKpssDbContext<TContext, TSqlite, TPostgres, TMySql>(this IServiceCollection services, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TMySql : TContext
    {
        services.TryAddScoped<DbSession>();
        services.TryAddScoped<Audit.AuditScope>();
        services.TryAddScoped<Audit.AuditInterceptor>();
        services.AddDbContext<TSqlite>((sp, o) => o
            .AddInterceptors(sp.GetRequiredService<Audit.AuditInterceptor>())
            .UseSqlite(sp.GetRequiredService<DbSession>().Connection, x => x.MigrationsHistoryTable(HistoryTable(schema)))
            // The schema matters on PostgreSQL; SQLite ignores it by design, so its warning says nothing new.
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning)));
        services.AddDbContext<TPostgres>((sp, o) => o.AddInterceptors(sp.GetRequiredService<Audit.AuditInterceptor>()).UseNpgsql(
            sp.GetRequiredService<DbSession>().Connection,
            x => x.MigrationsHistoryTable(HistoryTable(schema), schema)));
        services.AddDbContext<TMySql>((sp, o) =>
        {
            var session = sp.GetRequiredService<DbSession>();
            o.AddInterceptors(sp.GetRequiredService<Audit.AuditInterceptor>());
            UseKpssMySql(o, session.Connection, ServerVersionOf(sp.GetRequiredService<DatabaseSettings>().ConnectionString), schema);
        });
        services.AddScoped<TContext>(sp =>
        {
            TContext context = sp.GetRequiredService<DatabaseSettings>().Provider switch
            {
                DatabaseProvider.Sqlite => sp.GetRequiredService<TSqlite>(),
                DatabaseProvider.Postgres => sp.GetRequiredService<TPostgres>(),
                DatabaseProvider.MySql => sp.GetRequiredService<TMySql>(),
                var other => throw new InvalidOperationException($"Unknown database provider {other}."),
            };
            sp.GetRequiredService<DbSession>().Attach(context);
            return context;
        });
        services.AddSingleton(new MigrationTarget(typeof(TContext), schema));
        return services;
    }

    public static string HistoryTable(string schema) => $"__ef_migrations_{schema}";

    /// <summary>
    /// MySQL and MariaDB have no schemas inside a database: a table <c>outbox_messages</c> of schema
    /// <c>notifications</c> is <c>notifications_outbox_messages</c>.
    /// </summary>
    public static string MySqlTableName(string? schema, string table) => schema is null ? table : $"{schema}_{table}";

    internal static void UseKpssMySql(DbContextOptionsBuilder options, System.Data.Common.DbConnection? connection, ServerVersion version, string schema)
    {
        void Configure(Microsoft.EntityFrameworkCore.Infrastructure.MySqlDbContextOptionsBuilder x) => x
            .MigrationsHistoryTable(HistoryTable(schema))
            .SchemaBehavior(Pomelo.EntityFrameworkCore.MySql.Infrastructure.MySqlSchemaBehavior.Translate, MySqlTableName);
        if (connection is null)
            options.UseMySql(version, Configure);
        else
            options.UseMySql(connection, version, Configure);
    }

    private static readonly ConcurrentDictionary<string, ServerVersion> ServerVersions = new();

    /// <summary>
    /// The server's version (MySQL or MariaDB, which Pomelo's SQL follows), asked once per connection string:
    /// <c>ServerVersion.AutoDetect</c> opens a connection.
    /// </summary>
    public static ServerVersion ServerVersionOf(string connectionString) =>
        ServerVersions.GetOrAdd(connectionString, ServerVersion.AutoDetect);
}
