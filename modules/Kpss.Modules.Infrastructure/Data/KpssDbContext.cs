using System.Linq.Expressions;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Modules.Abstractions.Data;

/// <summary>
/// Base of every module's DbContext: its own schema, and a query filter on every <see cref="IKrajOwned"/> entity that
/// keeps a request to the data of its kraj. Outside a kraj and outside a platform-wide scope the filter returns nothing.
/// A module adds filters of its own with <see cref="AddQueryFilter{T}"/>; EF Core 9 has one filter per entity, so the
/// filters of an entity are combined (AND) into that one when the model is built.
/// </summary>
public abstract class KpssDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    private Dictionary<Type, List<LambdaExpression>>? _filters;

    protected abstract string Schema { get; }

    // Read by the query filters on every query (EF parameterizes members of the context), so one cached model serves
    // every request whatever its kraj.
    protected bool TenantIsPlatformWide => tenant.IsPlatformWide;
    protected string? TenantKrajCode => tenant.KrajCode;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        _filters = [];
        modelBuilder.HasDefaultSchema(Schema);
        MySqlModel.Configure(modelBuilder, Database);
        ConfigureModel(modelBuilder);
        MySqlModel.LongStringsAsText(modelBuilder, Database);
        foreach (var type in modelBuilder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IKrajOwned).IsAssignableFrom).ToList())
        {
            AddKrajFilterMethod.MakeGenericMethod(type).Invoke(this, []);
        }
        foreach (var (type, filters) in _filters)
        {
            modelBuilder.Entity(type).HasQueryFilter(QueryFilters.And(filters));
        }
        _filters = null;
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>
    /// Adds a filter to every query of <typeparamref name="T"/>, beside the kraj filter and any other the module adds.
    /// Only while the model is built (<see cref="ConfigureModel"/>).
    /// </summary>
    protected void AddQueryFilter<T>(Expression<Func<T, bool>> filter) where T : class
    {
        if (_filters is null)
            throw new InvalidOperationException("Query filters are added while the model is built (ConfigureModel).");
        if (!_filters.TryGetValue(typeof(T), out var list))
            _filters[typeof(T)] = list = [];
        list.Add(filter);
    }

    private static readonly System.Reflection.MethodInfo AddKrajFilterMethod =
        typeof(KpssDbContext).GetMethod(nameof(AddKrajFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void AddKrajFilter<T>() where T : class, IKrajOwned =>
        AddQueryFilter<T>(e => TenantIsPlatformWide || e.KrajCode == TenantKrajCode);
}

/// <summary>
/// On MySQL/MariaDB, text compares as it does on SQLite and PostgreSQL: with case and diacritics (MariaDB's default
/// <c>utf8mb4_general_ci</c> would find "pecovatel" for "pečovatel" and let two tokens that differ in case collide).
/// Searches that ignore them use their own folded columns on every database.
/// </summary>
public static class MySqlModel
{
    public const string CharSet = "utf8mb4";
    public const string Collation = "utf8mb4_bin";

    public static void Configure(ModelBuilder modelBuilder, Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
    {
        if (!database.IsMySql()) return;
        modelBuilder.HasCharSet(CharSet);
        modelBuilder.UseCollation(Collation);
    }

    /// <summary>Longest varchar kept as varchar; a MySQL row holds at most 65,535 bytes of them (4 bytes a character).</summary>
    public const int MaxVarchar = 1000;

    /// <summary>Strings longer than <see cref="MaxVarchar"/> are <c>text</c> on MySQL (up to 65,535 bytes, off the row).</summary>
    public static void LongStringsAsText(ModelBuilder modelBuilder, Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
    {
        if (!database.IsMySql()) return;
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()))
        {
            if (property.ClrType == typeof(string) && property.GetMaxLength() is > MaxVarchar and <= 16_000)
                property.SetColumnType("text");
        }
    }
}

/// <summary>Combines query filters of one entity type into the one lambda EF Core 9 takes.</summary>
public static class QueryFilters
{
    public static LambdaExpression And(IReadOnlyList<LambdaExpression> filters)
    {
        if (filters.Count == 0) throw new ArgumentException("No filter to combine.", nameof(filters));
        var parameter = filters[0].Parameters[0];
        var body = filters[0].Body;
        foreach (var next in filters.Skip(1))
        {
            body = Expression.AndAlso(body, new ReplaceParameter(next.Parameters[0], parameter).Visit(next.Body));
        }
        return Expression.Lambda(body, parameter);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
