using System.Text;

namespace Kpss.Modules.Abstractions.Text;

/// <summary>
/// CSV as a Czech spreadsheet opens it: UTF-8 with a BOM, semicolons, every cell quoted; a cell the spreadsheet would
/// take for a formula (<c>= + - @</c>, a tab or a carriage return first) starts with an apostrophe, so text someone
/// typed into a public form never runs as one.
/// </summary>
public static class SpreadsheetCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string Cell(string? value) => "\"" + Neutralise(value ?? "").Replace("\"", "\"\"") + "\"";

    /// <summary>The text with an apostrophe before it when a spreadsheet would take it for a formula.</summary>
    public static string Neutralise(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;

    public static string Line(IEnumerable<string?> cells) => string.Join(';', cells.Select(Cell));

    /// <summary>The file: the header line, then one line per row.</summary>
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(';', header));
        foreach (var row in rows)
            csv.AppendLine(Line(row));
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }
}
