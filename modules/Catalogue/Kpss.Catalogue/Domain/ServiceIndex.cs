using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Catalogue.Domain;

/// <summary>Keeps a service's search text and sort key in step with what a visitor may search it by.</summary>
internal static class ServiceIndex
{
    public static void Update(Service s, Provider provider, IKrajDirectory kraje)
    {
        var kind = ServiceKinds.Find(s.KindParagraph);
        var parts = new List<string?>
        {
            s.Name, provider.Name, provider.Ico, kind?.Name, "§" + s.KindParagraph, FormNames.Describe(s.Forms), s.Territory, s.Description,
        };
        parts.AddRange(s.TargetGroupList);
        parts.AddRange(s.OrpList.Select(code => kraje.FindOrp(code)?.Name));
        parts.AddRange(s.Facilities.SelectMany(f => new[] { f.Name, f.Address, f.Obec }));
        var text = CzechText.Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        s.SearchText = text.Length > 8000 ? text[..8000] : text;
        s.SortKey = CzechText.SortKey(s.Name);
    }
}
