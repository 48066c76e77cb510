using System.Globalization;
using System.Text.RegularExpressions;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Catalogue.UseCases.ImportRegister;

/// <summary>An import's checks of one record: every reason it cannot be taken, with its position, in Czech.</summary>
internal sealed partial class RegisterImport
{
    private Valid? Validate(string krajCode, ImportRecord r, List<string> errors)
    {
        var registerId = r.RegisterId?.Trim();
        if (string.IsNullOrEmpty(registerId)) errors.Add(CatalogueWords.Record.IdMissing);
        else if (!Digits().IsMatch(registerId)) errors.Add(CatalogueWords.Record.IdNotANumber(registerId));
        if (string.IsNullOrWhiteSpace(r.Name)) errors.Add(CatalogueWords.Record.NameMissing);
        else if (r.Name.Length > 300) errors.Add(CatalogueWords.Record.NameTooLong);
        var kind = ServiceKinds.Find(r.Kind);
        if (kind is null) errors.Add(CatalogueWords.Record.KindUnknown(r.Kind));
        var ico = r.ProviderIco is null ? null : Ico.Normalize(r.ProviderIco);
        if (ico is null) errors.Add(CatalogueWords.Record.IcoMissing);
        else if (!Ico.IsValid(ico)) errors.Add(CatalogueWords.Record.IcoInvalid(r.ProviderIco));
        if (string.IsNullOrWhiteSpace(r.ProviderName)) errors.Add(CatalogueWords.Record.ProviderNameMissing);

        var forms = ServiceForms.None;
        var capacities = new List<Capacity>();
        if (r.Forms.Count == 0) errors.Add(CatalogueWords.Record.FormMissing);
        foreach (var (formName, caps) in r.Forms)
        {
            if (FormNames.Find(formName) is not { } form)
            {
                errors.Add(CatalogueWords.Record.FormUnknown(formName));
                continue;
            }
            forms |= form;
            foreach (var (value, unit) in caps)
            {
                if (value is null or < 0) errors.Add(CatalogueWords.Record.CapacityInvalid(formName));
                else if (CapacityUnits.Find(unit) is not { } u) errors.Add(CatalogueWords.Record.UnitUnknown(unit));
                else capacities.Add(new Capacity { Form = form, Value = value.Value, Unit = u });
            }
        }
        var groups = new List<string>();
        foreach (var g in r.TargetGroups)
        {
            if (TargetGroups.Find(g) is { } found) groups.Add(found);
            else errors.Add(CatalogueWords.Record.GroupUnknown(g));
        }
        if (r.TargetGroups.Count == 0) errors.Add(CatalogueWords.Record.GroupMissing);

        var orp = new List<int>();
        var facilities = new List<Facility>();
        foreach (var (name, address, obec, orpText) in r.Facilities)
        {
            if (string.IsNullOrWhiteSpace(obec)) { errors.Add(CatalogueWords.Record.FacilityWithoutObec); continue; }
            var resolved = ResolveOrp(orpText ?? obec);
            if (orpText is not null && resolved is null) errors.Add(CatalogueWords.Record.OrpUnknown(orpText));
            if (resolved is { } code) orp.Add(code);
            facilities.Add(new Facility { Name = Clean(name), Address = Clean(address) ?? obec.Trim(), Obec = obec.Trim(), OrpCsuCode = resolved });
        }
        foreach (var t in r.TerritoryOrp)
        {
            if (ResolveOrp(t) is { } code) orp.Add(code);
            else errors.Add(CatalogueWords.Record.TerritoryOrpUnknown(t));
        }
        if (orp.Count > 0 && orp.All(code => kraje.FindOrp(code)?.KrajCode != krajCode))
            errors.Add(CatalogueWords.Record.NotInKraj);
        if (orp.Count == 0 && facilities.Count == 0 && r.TerritoryOrp.Count == 0)
            errors.Add(CatalogueWords.Record.NoFacilityNorTerritory);
        if (r.AgeFrom is < 0 or > 130 || r.AgeTo is < 0 or > 130 || (r.AgeFrom > r.AgeTo && r.AgeTo is not null))
            errors.Add(CatalogueWords.Record.AgeInvalid);
        var validFrom = ParseDate(r.ValidFrom);
        if (validFrom is null) errors.Add(CatalogueWords.Record.ValidFromInvalid(r.ValidFrom));
        var validTo = r.ValidTo is null ? null : ParseDate(r.ValidTo);
        if (r.ValidTo is not null && validTo is null) errors.Add(CatalogueWords.Record.ValidToInvalid(r.ValidTo));
        if (errors.Count > 0) return null;

        var provider = new Provider
        {
            KrajCode = krajCode, Ico = ico!, Name = r.ProviderName!.Trim(), LegalForm = Clean(r.ProviderLegalForm), Seat = Clean(r.ProviderSeat),
            StatutoryBody = Clean(r.ProviderStatutoryBody), Email = Clean(r.ProviderEmail), Phone = Clean(r.ProviderPhone), Web = Clean(r.ProviderWeb),
        };
        var service = new Service
        {
            KrajCode = krajCode, RegisterId = registerId!, Name = r.Name!.Trim(), KindParagraph = kind!.Paragraph, Forms = forms,
            TargetGroups = "|" + string.Join("|", groups.Distinct()) + "|", AgeFrom = r.AgeFrom, AgeTo = r.AgeTo,
            OpeningHours = Clean(r.OpeningHours), Description = Clean(r.Description), ValidFrom = validFrom!.Value, ValidTo = validTo,
            OrpCodes = "|" + string.Join("|", orp.Distinct()) + "|",
            Territory = r.TerritoryObce.Count > 0 ? string.Join(", ", r.TerritoryObce.OfType<string>()) : null,
            Facilities = facilities, Capacities = capacities,
        };
        return new Valid(r, service, provider);
    }

    private int? ResolveOrp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, CultureInfo.InvariantCulture, out var code))
            return kraje.FindOrp(code)?.CsuCode;
        return kraje.FindOrpByName(text.Replace("ORP ", "", StringComparison.OrdinalIgnoreCase))?.CsuCode;
    }

    private static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim().Replace(" ", "").Split('T')[0], ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex Digits();
}
