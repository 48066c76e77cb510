using System.Data.Common;
using System.Text.Json;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kpss.Modules.Abstractions.Audit;

/// <summary>
/// The audit log, written by every module's DbContext as it saves: for each added, changed or deleted row (of an entity
/// not <see cref="NotAuditedAttribute"/>) who made the change, when, in which kraj, which entity and row, and the
/// changed fields before and after (<see cref="AuditValues"/>) — in the same transaction as the change: when the save
/// is not already in one, the interceptor opens it, writes the records after the rows and commits both, or neither.
/// The table belongs to the host (<see cref="AuditTable"/>); the database refuses to update or delete its rows.
/// </summary>
public sealed class AuditInterceptor(AuditScope scope, ITenantContext tenant, KpssClock clock) : SaveChangesInterceptor
{
    private sealed record Pending(EntityEntry Entry, EntityState State, string Schema, Dictionary<string, string?[]> Changes, string? Kraj);

    /// <summary>
    /// Records per INSERT statement: 11 parameters each, far below every provider's limit. SQLite finds a named
    /// parameter by walking the statement's list, so its statements stay short (a 20,000-service import: 40 a statement
    /// saves seconds over 500).
    /// </summary>
    private static int RowsPerInsert(DbContext context) => context.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite" ? 40 : 500;

    private readonly Dictionary<DbContext, (List<Pending> Pending, IDbContextTransaction? Own)> _saves = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        var pending = Collect(context);
        if (pending.Count > 0)
            _saves[context] = (pending, context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var context = eventData.Context!;
        var pending = Collect(context);
        if (pending.Count > 0)
            _saves[context] = (pending, context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (!_saves.Remove(eventData.Context!, out var save)) return result;
        try
        {
            foreach (var chunk in save.Pending.Chunk(RowsPerInsert(eventData.Context!)))
            {
                await using var command = Insert(eventData.Context!, chunk);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            if (save.Own is not null) await save.Own.CommitAsync(cancellationToken);
        }
        finally
        {
            if (save.Own is not null) await save.Own.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (!_saves.Remove(eventData.Context!, out var save)) return result;
        try
        {
            foreach (var chunk in save.Pending.Chunk(RowsPerInsert(eventData.Context!)))
            {
                using var command = Insert(eventData.Context!, chunk);
                command.ExecuteNonQuery();
            }
            save.Own?.Commit();
        }
        finally
        {
            save.Own?.Dispose();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_saves.Remove(eventData.Context!, out var save) && save.Own is not null)
            await save.Own.DisposeAsync(); // rolls back
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (_saves.Remove(eventData.Context!, out var save))
            save.Own?.Dispose();
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_saves.Remove(eventData.Context!, out var save) && save.Own is not null)
            await save.Own.DisposeAsync();
    }

    private List<Pending> Collect(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var pending = new List<Pending>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !AuditValues.IsAudited(entry.Metadata.ClrType))
                continue;
            var changes = AuditValues.Changes(entry, entry.State);
            if (entry.State == EntityState.Modified && changes.Count == 0)
                continue;
            var kraj = entry.Metadata.FindProperty("KrajCode") is { } krajProperty
                ? (entry.State == EntityState.Deleted ? entry.OriginalValues[krajProperty] : entry.CurrentValues[krajProperty]) as string
                : null;
            pending.Add(new Pending(entry, entry.State, entry.Metadata.GetSchema() ?? entry.Metadata.GetDefaultSchema() ?? "",
                changes, kraj ?? (tenant.IsPlatformWide ? null : tenant.KrajCode)));
        }
        return pending;
    }

    private DbCommand Insert(DbContext context, Pending[] pending)
    {
        var connection = context.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        var at = clock.GetUtcNow().UtcDateTime;
        var rows = new List<string>();
        for (var i = 0; i < pending.Length; i++)
        {
            var p = pending[i];
            var key = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(k => AuditValues.IsWithheld(k) ? AuditValues.Withheld : AuditValues.Text(p.Entry.Property(k.Name).CurrentValue)));
            var values = new object?[]
            {
                at, p.Kraj, (int)scope.Kind, scope.Actor, scope.Address, scope.Source, p.Schema, p.Entry.Metadata.ClrType.Name, key,
                p.State switch { EntityState.Added => "Added", EntityState.Deleted => "Deleted", _ => "Modified" },
                JsonSerializer.Serialize(p.Changes),
            };
            var names = new List<string>();
            for (var v = 0; v < values.Length; v++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}_{v}";
                parameter.Value = values[v] ?? DBNull.Value;
                command.Parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }
            rows.Add($"({string.Join(", ", names)})");
        }
        var provider = context.Database.ProviderName;
        command.CommandText = $"INSERT INTO {AuditTable.Name(provider)} ({AuditTable.Columns(provider)}) VALUES {string.Join(", ", rows)}";
        return command;
    }
}

/// <summary>The audit log's table, created by the host's migrations; its name as each provider spells it.</summary>
public static class AuditTable
{
    public const string Table = "audit_log";

    private static readonly string[] ColumnNames = ["AtUtc", "KrajCode", "ActorKind", "Actor", "Address", "Source", "Module", "Entity", "EntityKey", "Action", "Changes"];

    public static bool IsMySql(string? providerName) => providerName == "Pomelo.EntityFrameworkCore.MySql";

    public static string Name(string? providerName) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => $"platform.{Table}",
        "Pomelo.EntityFrameworkCore.MySql" => $"platform_{Table}",
        _ => Table,
    };

    public static string Columns(string? providerName) =>
        string.Join(", ", ColumnNames.Select(c => IsMySql(providerName) ? $"`{c}`" : $"\"{c}\""));
}
