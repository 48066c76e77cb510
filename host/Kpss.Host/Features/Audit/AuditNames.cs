using System.Reflection;
using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Data;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.Features.Audit;

/// <summary>
/// The Czech names the audit log's pages show for the modules and for the rows they record (<see cref="AuditNameAttribute"/>
/// on each entity), read once from the running host's data models; a row without one is shown by its type's name.
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
            foreach (var type in context.Model.GetEntityTypes())
                if (type.ClrType.GetCustomAttribute<AuditNameAttribute>() is { } name)
                    names[(type.GetSchema() ?? type.GetDefaultSchema() ?? "", type.ClrType.Name)] = name.Name;
        }
        return names;
    });

    public string Module(string module) => ModuleNames.GetValueOrDefault(module, module);

    public string Entity(string module, string entity) => _entities.Value.GetValueOrDefault((module, entity), entity);
}
