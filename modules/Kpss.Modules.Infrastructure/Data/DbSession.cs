using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using Npgsql;

namespace Kpss.Modules.Abstractions.Data;

/// <summary>
/// One database connection per scope (request or job), shared by every module's DbContext in it, so that a use case
/// that writes through two modules (a meeting and the invitations it sends) commits or rolls back as one:
/// <code>
/// await using var tx = await session.BeginTransactionAsync(ct);
/// ... meetings.SaveChangesAsync(); notifications.EnqueueAsync(...);
/// await tx.CommitAsync(ct);
/// </code>
/// </summary>
public sealed class DbSession(DatabaseSettings settings) : IAsyncDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    public DbConnection Connection => _connection ??= settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(settings.ConnectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(settings.ConnectionString),
        // Pomelo needs these two options; given here, it never has to change the string of a connection already open (a
        // context first used after the session's transaction began would otherwise fail to start).
        DatabaseProvider.MySql => new MySqlConnection(new MySqlConnectionStringBuilder(settings.ConnectionString)
            { AllowUserVariables = true, UseAffectedRows = false }.ConnectionString),
        var other => throw new InvalidOperationException($"Unknown database provider {other}."),
    };

    public bool InTransaction => _transaction is not null;

    /// <summary>Called for every context created in this scope: it joins the session's transaction, now or later.</summary>
    internal void Attach(DbContext context)
    {
        if (_contexts.Contains(context)) return;
        _contexts.Add(context);
        if (_transaction is not null)
            context.Database.UseTransaction(_transaction);
    }

    public async Task<DbSessionTransaction> BeginTransactionAsync(CancellationToken ct = default)
    {
        if (_transaction is not null)
            throw new InvalidOperationException("A transaction is already open in this scope.");
        if (Connection.State != System.Data.ConnectionState.Open)
            await Connection.OpenAsync(ct);
        _transaction = await Connection.BeginTransactionAsync(ct);
        foreach (var context in _contexts)
            await context.Database.UseTransactionAsync(_transaction, ct);
        return new DbSessionTransaction(this);
    }

    internal async Task EndAsync(bool commit, CancellationToken ct)
    {
        if (_transaction is null) return;
        try
        {
            if (commit) await _transaction.CommitAsync(ct);
            else await _transaction.RollbackAsync(ct);
        }
        finally
        {
            await _transaction.DisposeAsync();
            _transaction = null;
            foreach (var context in _contexts)
            {
                await context.Database.UseTransactionAsync(null, CancellationToken.None);
                if (!commit) context.ChangeTracker.Clear();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync(commit: false, CancellationToken.None);
        if (_connection is not null)
            await _connection.DisposeAsync();
    }
}

/// <summary>The session's open transaction: commit it, or dispose it to roll back.</summary>
public sealed class DbSessionTransaction : IAsyncDisposable
{
    private readonly DbSession _session;
    private bool _done;

    internal DbSessionTransaction(DbSession session) => _session = session;

    public async Task CommitAsync(CancellationToken ct = default)
    {
        _done = true;
        await _session.EndAsync(commit: true, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_done) return;
        _done = true;
        await _session.EndAsync(commit: false, CancellationToken.None);
    }
}
