using CsvHelper;

namespace Kpss.Modules.Abstractions;

/// <summary>One record of a CSV file: the line it starts on (for error messages) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(f => f.Trim().Length == 0);
}

/// <summary>
/// The platform's one CSV reader (CsvHelper), for the files people save from Excel: UTF-8 with or without a BOM,
/// semicolons or commas (whichever the first line has more of, unless given), fields in double quotes when they hold the
/// separator, a quote ("") or a line break. Every record keeps the line it starts on, as an editor shows it; empty
/// lines are skipped, and records of nothing but blanks are marked <see cref="CsvRecord.IsBlank"/>.
/// </summary>
public static class CsvRecords
{
    public static List<CsvRecord> Read(string text, char? separator = null)
    {
        text = text.TrimStart('\uFEFF');
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var delimiter = separator ?? (firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ';' : ',');
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = false,
            DetectSeparatorHint = false,
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
                fields[i] = reader.GetString(i);
            records.Add(new CsvRecord(checked((int)reader.LineNumber), fields));
        }
        return records;
    }
}
