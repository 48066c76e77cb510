using System.Reflection;
using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Data;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.ReadAuditLog;

/// <summary>
/// The modules and kinds of row the audit log can hold, with the Czech names its pages show (<see cref="AuditNameAttribute"/>
/// on each entity; a row without one by its type's name) — read once from the running host's data models, so the
/// page's filters need not scan the log for them.
/// </summary>
public sealed class AuditNames(IServiceScopeFactory scopes, IEnumerable<MigrationTarget> targets)
{
    private static readonly Dictionary<string, string> ModuleNames = new()
    {
        ["platform"] = "platforma", ["meetings"] = "jednání", ["catalogue"] = "katalog", ["plans"] = "plány", ["notifications"] = "oznámení",
    };

    private readonly Lazy<IReadOnlyDictionary<(string Module, string Entity), string>> _entities = new(() =>
    {
        using var scope = scopes.CreateScope();
        var names = new Dictionary<(string, string), string>();
        foreach (var target in targets)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(target.ContextType);
            foreach (var type in context.Model.GetEntityTypes().Where(t => !t.IsOwned() && AuditValues.IsAudited(t.ClrType)))
                names[(type.GetSchema() ?? type.GetDefaultSchema() ?? "", type.ClrType.Name)] =
                    type.ClrType.GetCustomAttribute<AuditNameAttribute>()?.Name ?? type.ClrType.Name;
        }
        return names;
    });

    public string Module(string module) => ModuleNames.GetValueOrDefault(module, module);

    public string Entity(string module, string entity) => _entities.Value.GetValueOrDefault((module, entity), entity);

    /// <summary>The modules whose rows the log records, by their schema.</summary>
    public IReadOnlyList<string> Modules => _entities.Value.Keys.Select(k => k.Module).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The kinds of row the log records (type name and Czech name), by Czech name; one entry per type name.</summary>
    public IReadOnlyList<(string Entity, string Name)> Entities => _entities.Value
        .Select(kv => (kv.Key.Entity, kv.Value)).Where(e => !e.Entity.Contains('`')) // Identity's generic claim/login/token rows, never written here
        .DistinctBy(e => e.Entity)
        .OrderBy(e => e.Value, StringComparer.Create(Kpss.Modules.Abstractions.Time.PragueTime.Culture, false)).ToList();
}
