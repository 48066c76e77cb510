using Kpss.Modules.Abstractions;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Host.Platform.Tenancy;

/// <summary>Reference data in memory: the kraje and ORP come with the platform's migrations and never change at run time.</summary>
internal sealed class KrajDirectory : IKrajDirectory
{
    private readonly Dictionary<string, KrajInfo> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<string, OrpInfo> _orp;
    private readonly Dictionary<int, OrpInfo> _orpByCode;
    private readonly Dictionary<string, OrpInfo> _orpByName;

    public KrajDirectory()
    {
        Kraje = ReferenceData.Kraje.Select(k => new KrajInfo(k.Code, k.Slug, k.Name)).ToList();
        foreach (var k in Kraje)
        {
            _byKey[k.Code] = k;
            _byKey[k.Slug] = k;
        }
        var czech = StringComparer.Create(Kpss.Modules.Abstractions.Time.PragueTime.Culture, ignoreCase: false);
        _orp = ReferenceData.Orp
            .Select(o => new OrpInfo(o.CsuCode, o.RuianCode, o.Name, o.KrajCode))
            .OrderBy(o => o.Name, czech)
            .ToLookup(o => o.KrajCode);
        _orpByCode = _orp.SelectMany(g => g).ToDictionary(o => o.CsuCode);
        _orpByName = _orpByCode.Values.ToDictionary(o => CzechText.Fold(o.Name));
    }

    public IReadOnlyList<KrajInfo> Kraje { get; }

    public KrajInfo? Find(string slugOrCode) => _byKey.GetValueOrDefault(slugOrCode);

    public IReadOnlyList<OrpInfo> OrpOf(string krajCode) => _orp[krajCode].ToList();

    public OrpInfo? FindOrp(int csuCode) => _orpByCode.GetValueOrDefault(csuCode);

    public OrpInfo? FindOrpByName(string name) => _orpByName.GetValueOrDefault(CzechText.Fold(name));

}
