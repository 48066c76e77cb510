using System.Globalization;
using System.Text;

namespace Kpss.Meetings.UseCases.ImportMembers;

/// <summary>
/// The member import format: UTF-8 text, a header line, semicolon- or comma-separated (as Excel saves it), fields in
/// double quotes when they contain the separator.
/// <code>
/// jmeno;email;telefon;organizace;role;funkce;od;do
/// Jana Nováková;jana@example.cz;+420 777 123 456;Charita Jindřichův Hradec;poskytovatel;člen;1.1.2018;
/// </code>
/// Required: <c>jmeno</c> and <c>role</c> (zadavatel, poskytovatel, uživatel, veřejnost, zpracovatel). Optional:
/// <c>funkce</c> (člen, předseda, zapisovatel; default člen), <c>od</c>/<c>do</c> (d.M.yyyy or yyyy-MM-dd; default today).
/// </summary>
internal static class MemberCsv
{
    public static readonly string[] Columns = ["jmeno", "email", "telefon", "organizace", "role", "funkce", "od", "do"];

    private static readonly Dictionary<string, TriadRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zadavatel"] = TriadRole.Zadavatel, ["objednatel"] = TriadRole.Zadavatel,
        ["poskytovatel"] = TriadRole.Poskytovatel,
        ["uživatel"] = TriadRole.Uzivatel, ["uzivatel"] = TriadRole.Uzivatel,
        ["veřejnost"] = TriadRole.Verejnost, ["verejnost"] = TriadRole.Verejnost,
        ["zpracovatel"] = TriadRole.Zpracovatel, ["koordinátor"] = TriadRole.Zpracovatel, ["koordinator"] = TriadRole.Zpracovatel,
    };

    private static readonly Dictionary<string, MemberFunction> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["člen"] = MemberFunction.Member, ["clen"] = MemberFunction.Member, ["členka"] = MemberFunction.Member, ["clenka"] = MemberFunction.Member,
        ["předseda"] = MemberFunction.Chair, ["predseda"] = MemberFunction.Chair, ["předsedkyně"] = MemberFunction.Chair, ["predsedkyne"] = MemberFunction.Chair,
        ["zapisovatel"] = MemberFunction.Recorder, ["zapisovatelka"] = MemberFunction.Recorder,
    };

    public static (List<(int Line, MemberInput Input)> Rows, OperationResult Result) Parse(string text, DateOnly today)
    {
        var result = new OperationResult();
        var rows = new List<(int, MemberInput)>();
        var lines = CsvRecords.Read(text).Select(r => (r.Line, Fields: r.Fields.ToList())).ToList();
        var (headerLine, header) = lines.FirstOrDefault(l => l.Fields.Any(f => f.Length > 0));
        if (header is null)
        {
            result.Add("Csv", MeetingWords.Csv.Empty);
            return (rows, result);
        }
        var names = header.Select(h => CzechText.Fold(h.Trim())).ToList();
        var index = Columns.ToDictionary(c => c, c => names.IndexOf(c));
        var unknown = names.Where(n => n.Length > 0 && !Columns.Contains(n)).ToList();
        if (index["jmeno"] < 0 || index["role"] < 0 || unknown.Count > 0)
        {
            result.Add("Csv", MeetingWords.Csv.BadHeader(headerLine, Columns, unknown));
            return (rows, result);
        }

        foreach (var (line, fields) in lines.Where(l => l.Line > headerLine && l.Fields.Any(f => f.Trim().Length > 0)))
        {
            string? Get(string column) => index[column] is var i and >= 0 && i < fields.Count && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;
            if (fields.Count > names.Count)
            {
                result.Add("Csv", MeetingWords.Csv.TooManyFields(line, fields.Count, names.Count));
                continue;
            }
            var role = Get("role");
            if (role is null || !Roles.TryGetValue(role, out var triad))
            {
                result.Add("Csv", role is null
                    ? MeetingWords.Csv.RoleMissing(line)
                    : MeetingWords.Csv.RoleUnknown(line, role));
                continue;
            }
            var function = MemberFunction.Member;
            if (Get("funkce") is { } f && !Functions.TryGetValue(f, out function))
            {
                result.Add("Csv", MeetingWords.Csv.FunctionUnknown(line, f));
                continue;
            }
            DateOnly? from = null, to = null;
            if (Get("od") is { } fromText && (from = ParseDate(fromText)) is null)
                result.Add("Csv", MeetingWords.Csv.FromNotADate(line, fromText));
            if (Get("do") is { } toText && (to = ParseDate(toText)) is null)
                result.Add("Csv", MeetingWords.Csv.ToNotADate(line, toText));
            rows.Add((line, new MemberInput(Get("jmeno"), Get("email"), Get("telefon"), Get("organizace"), triad, function, from ?? today, to)));
        }
        if (rows.Count == 0 && result.Ok)
            result.Add("Csv", MeetingWords.Csv.NoMember);
        return (rows, result);
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Replace(" ", ""), ["d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
