using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Host.Platform.Tenancy;

internal sealed class CurrentKraj(ITenantContext tenant, IKrajDirectory kraje) : ICurrentKraj
{
    public KrajInfo Kraj => KrajOrNull ?? throw new InvalidOperationException("This request acts in no kraj.");

    public KrajInfo? KrajOrNull => tenant.KrajCode is { } code ? kraje.Find(code) : null;

    public string SlugOf(string krajCode) => kraje.SlugOf(krajCode);
}
