using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Modules.Abstractions.Data;

/// <summary>
/// Base of every module's DbContext: its own schema, and a query filter on every <see cref="IKrajOwned"/> entity that
/// keeps a request to the data of its kraj. Outside a kraj and outside a platform-wide scope the filter returns nothing.
/// </summary>
public abstract class KpssDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    /// <summary>The name of the kraj filter; a module may add further named filters of its own.</summary>
    public const string KrajFilter = "kraj";

    protected abstract string Schema { get; }

    // Read by the query filters on every query (EF parameterizes members of the context), so one cached model serves
    // every request whatever its kraj.
    protected bool TenantIsPlatformWide => tenant.IsPlatformWide;
    protected string? TenantKrajCode => tenant.KrajCode;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        ConfigureModel(modelBuilder);
        foreach (var type in modelBuilder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IKrajOwned).IsAssignableFrom).ToList())
        {
            ApplyKrajFilterMethod.MakeGenericMethod(type).Invoke(this, [modelBuilder]);
        }
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    private static readonly System.Reflection.MethodInfo ApplyKrajFilterMethod =
        typeof(KpssDbContext).GetMethod(nameof(ApplyKrajFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void ApplyKrajFilter<T>(ModelBuilder modelBuilder) where T : class, IKrajOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(KrajFilter, e => TenantIsPlatformWide || e.KrajCode == TenantKrajCode);
}
