using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>
/// The architecture rule behind the GDPR desk, read from the running host's data models so that a module added later
/// is held to it: every DbContext whose entities store an e-mail address or a field marked personal belongs to a module (or the host) that gives
/// the desk its <see cref="IPersonalData"/> — otherwise a person's export would miss it and an erasure would leave it.
/// </summary>
public sealed class PersonalDataRuleTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public void EveryModuleThatStoresAnEmailAddress_GivesItsPersonalData()
    {
        using var scope = app.Services.CreateScope();
        var storing = new Dictionary<System.Reflection.Assembly, List<string>>();
        foreach (var target in app.Services.GetServices<MigrationTarget>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(target.ContextType);
            var emails = context.Model.GetEntityTypes()
                .SelectMany(t => t.GetProperties().Where(IsPersonal).Select(p => $"{t.ClrType.Name}.{p.Name}"))
                .ToList();
            if (emails.Count > 0)
                storing[target.ContextType.Assembly] = emails;
        }
        var giving = scope.ServiceProvider.GetServices<IPersonalData>().Select(p => p.GetType().Assembly).ToHashSet();

        Assert.True(storing.Count >= 5, $"only {storing.Count} data models with e-mail addresses found: {string.Join(", ", storing.Keys.Select(a => a.GetName().Name))}");
        var missing = storing.Where(s => !giving.Contains(s.Key)).Select(s => $"{s.Key.GetName().Name} ({string.Join(", ", s.Value)})").ToList();
        Assert.True(missing.Count == 0, "stores e-mail addresses without an IPersonalData for the GDPR desk: " + string.Join("; ", missing));
    }

    /// <summary>A person's data: an e-mail address by its name, or anything marked <see cref="Kpss.Modules.Abstractions.Audit.PersonalFieldAttribute"/>
    /// (a name, a phone, an organisation a person wrote).</summary>
    private static bool IsPersonal(Microsoft.EntityFrameworkCore.Metadata.IProperty property) =>
        property.ClrType == typeof(string) && property.Name.Contains("Email", StringComparison.OrdinalIgnoreCase)
        || property.PropertyInfo?.IsDefined(typeof(Kpss.Modules.Abstractions.Audit.PersonalFieldAttribute), inherit: true) == true;
}
