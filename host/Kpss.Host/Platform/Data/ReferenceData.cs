using System.Reflection;

namespace Kpss.Host.Platform.Data;

/// <summary>The 14 kraje and the ORP, read from the project's copy of the ČSÚ code list (embedded orp.csv).</summary>
internal static class ReferenceData
{
    /// <summary>URL slugs of the kraje by NUTS 3 code.</summary>
    private static readonly Dictionary<string, string> Slugs = new()
    {
        ["CZ010"] = "praha",
        ["CZ020"] = "stredocesky",
        ["CZ031"] = "jihocesky",
        ["CZ032"] = "plzensky",
        ["CZ041"] = "karlovarsky",
        ["CZ042"] = "ustecky",
        ["CZ051"] = "liberecky",
        ["CZ052"] = "kralovehradecky",
        ["CZ053"] = "pardubicky",
        ["CZ063"] = "vysocina",
        ["CZ064"] = "jihomoravsky",
        ["CZ071"] = "olomoucky",
        ["CZ072"] = "zlinsky",
        ["CZ080"] = "moravskoslezsky",
    };

    private static readonly Lazy<(IReadOnlyList<Kraj> Kraje, IReadOnlyList<Orp> Orp)> Parsed = new(Parse);

    public static IReadOnlyList<Kraj> Kraje => Parsed.Value.Kraje;

    public static IReadOnlyList<Orp> Orp => Parsed.Value.Orp;

    private static (IReadOnlyList<Kraj>, IReadOnlyList<Orp>) Parse()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kpss.Host.orp.csv")
            ?? throw new InvalidOperationException("Embedded resource orp.csv is missing.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header != "orp_csu_code,orp_ruian_code,name,kraj_nuts,kraj_name")
            throw new InvalidDataException($"orp.csv has an unexpected header: {header}");

        var kraje = new Dictionary<string, Kraj>();
        var orp = new List<Orp>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var f = line.Split(',');
            if (f.Length != 5 || !int.TryParse(f[0], out var csu) || !int.TryParse(f[1], out var ruian))
                throw new InvalidDataException($"orp.csv line {lineNumber} is malformed: {line}");
            if (!Slugs.TryGetValue(f[3], out var slug))
                throw new InvalidDataException($"orp.csv line {lineNumber} names an unknown kraj {f[3]}.");
            kraje.TryAdd(f[3], new Kraj { Code = f[3], Slug = slug, Name = f[4] });
            orp.Add(new Orp { CsuCode = csu, RuianCode = ruian, Name = f[2], KrajCode = f[3] });
        }
        return (kraje.Values.OrderBy(k => k.Code, StringComparer.Ordinal).ToList(), orp);
    }
}
