using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kpss.Catalogue.UseCases.ImportRegister;

/// <summary>Reading import files into records; a file that cannot be read at all is reported with its line.</summary>
internal static class ImportReaders
{
    /// <summary>
    /// JSON shaped like the register's open data: an array of services, or an object with the array in "sluzby"/"data".
    /// Field names as in the register (identifikator, druhSocialniSluzby, poskytovatel{ico,…}, formy[].kapacity[],
    /// zarizeni[], ciloveSkupiny, …); documented in docs/catalogue-import.md.
    /// </summary>
    public static async Task<(List<ImportRecord> Records, string? Error)> JsonAsync(Stream stream, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }, ct);
        }
        catch (JsonException ex)
        {
            return ([], CatalogueWords.Import.NotJson(ex.LineNumber + 1, ex.BytePositionInLine + 1));
        }
        using (document)
        {
            var root = document.RootElement;
            var array = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && (Prop(root, "sluzby") ?? Prop(root, "data")) is { ValueKind: JsonValueKind.Array } a ? a
                : (JsonElement?)null;
            if (array is null)
                return ([], CatalogueWords.Import.NoServiceArray);
            var records = new List<ImportRecord>();
            var index = 0;
            foreach (var item in array.Value.EnumerateArray())
            {
                index++;
                var record = new ImportRecord { Position = $"Záznam {index}" };
                if (item.ValueKind != JsonValueKind.Object)
                {
                    records.Add(record);
                    continue;
                }
                record.RegisterId = Str(item, "identifikator");
                record.Name = Str(item, "nazev");
                record.Kind = Str(item, "druhSocialniSluzby") ?? Str(item, "druh");
                if (Prop(item, "poskytovatel") is { ValueKind: JsonValueKind.Object } p)
                {
                    record.ProviderIco = Str(p, "ico");
                    record.ProviderName = Str(p, "nazev");
                    record.ProviderLegalForm = Str(p, "pravniForma");
                    record.ProviderSeat = Str(p, "adresa") ?? Str(p, "sidlo");
                    record.ProviderStatutoryBody = Str(p, "statutarniOrgan");
                    record.ProviderEmail = Str(p, "email");
                    record.ProviderPhone = Str(p, "telefon");
                    record.ProviderWeb = Str(p, "web");
                }
                foreach (var f in Items(item, "formy"))
                {
                    var form = f.ValueKind == JsonValueKind.String ? f.GetString() : Str(f, "forma") ?? Str(f, "nazev");
                    var capacities = Items(f, "kapacity").Select(c => (Int(c, "hodnota") ?? Int(c, "pocet"), Str(c, "jednotka"))).ToList();
                    record.Forms.Add((form, capacities));
                }
                record.TargetGroups.AddRange(Items(item, "ciloveSkupiny").Select(g => g.ValueKind == JsonValueKind.String ? g.GetString() : Str(g, "nazev")));
                foreach (var z in Items(item, "zarizeni"))
                    record.Facilities.Add((Str(z, "nazev"), Str(z, "adresa"), Str(z, "obec"), Str(z, "orp")));
                if (Prop(item, "uzemniPusobnost") is { ValueKind: JsonValueKind.Object } u)
                {
                    record.TerritoryOrp.AddRange(Items(u, "orp").Select(x => x.ValueKind == JsonValueKind.Number ? x.GetRawText() : x.GetString()));
                    record.TerritoryObce.AddRange(Items(u, "obce").Select(x => x.GetString()));
                }
                record.AgeFrom = Int(item, "vekOd");
                record.AgeTo = Int(item, "vekDo");
                record.OpeningHours = Str(item, "provozniDoba");
                record.Description = Str(item, "popis");
                record.ValidFrom = Str(item, "platnostOd");
                record.ValidTo = Str(item, "platnostDo");
                records.Add(record);
            }
            return (records, null);
        }
    }

    /// <summary>
    /// CSV, one service per line (semicolon, UTF-8, header): identifikator;nazev;druh;ico;poskytovatel;formy;cilove_skupiny;
    /// kapacita;jednotka;obec;adresa;orp;platnost_od — optional: pravni_forma, sidlo, vek_od, vek_do, provozni_doba, popis,
    /// platnost_do. Lists (formy, cilove_skupiny) are separated by "|".
    /// </summary>
    public static (List<ImportRecord> Records, string? Error) Csv(string text)
    {
        var lines = CsvRecords.Read(text, ';');
        if (lines.Count == 0 || lines[0].IsBlank)
            return ([], CatalogueWords.EmptyFile);
        var header = lines[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        string[] required = ["identifikator", "nazev", "druh", "ico", "poskytovatel", "formy", "cilove_skupiny", "obec", "orp", "platnost_od"];
        var missing = required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
            return ([], CatalogueWords.Import.HeaderLacks(missing));
        var records = new List<ImportRecord>();
        foreach (var line in lines.Skip(1))
        {
            if (line.IsBlank) continue;
            var fields = line.Fields;
            string? Get(string column) => header.IndexOf(column) is var c and >= 0 && c < fields.Count && fields[c].Trim().Length > 0 ? fields[c].Trim() : null;
            var record = new ImportRecord
            {
                Position = $"Řádek {line.Line}",
                RegisterId = Get("identifikator"), Name = Get("nazev"), Kind = Get("druh"), ProviderIco = Get("ico"),
                ProviderName = Get("poskytovatel"), ProviderLegalForm = Get("pravni_forma"), ProviderSeat = Get("sidlo"),
                AgeFrom = int.TryParse(Get("vek_od"), out var from) ? from : null, AgeTo = int.TryParse(Get("vek_do"), out var to) ? to : null,
                OpeningHours = Get("provozni_doba"), Description = Get("popis"), ValidFrom = Get("platnost_od"), ValidTo = Get("platnost_do"),
            };
            int? capacity = int.TryParse(Get("kapacita"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cap) ? cap : Get("kapacita") is null ? null : -1;
            foreach (var form in (Get("formy") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
                record.Forms.Add((form.Trim(), capacity is null ? [] : [(capacity, Get("jednotka"))]));
            record.TargetGroups.AddRange((Get("cilove_skupiny") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).Select(g => (string?)g.Trim()));
            record.Facilities.Add((null, Get("adresa"), Get("obec"), Get("orp")));
            records.Add(record);
        }
        return (records, null);
    }

    private static JsonElement? Prop(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static string? Str(JsonElement e, string name) => Prop(e, name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    private static int? Int(JsonElement e, string name) => Prop(e, name) switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } v when int.TryParse(v.GetString(), out var i) => i,
        null => null,
        _ => -1,
    };

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        Prop(e, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];
}
