using System.Globalization;
using System.Text;

namespace Kpss.Modules.Abstractions;

/// <summary>
/// Czech text for matching and sorting, the one copy every module uses. Folding (NFD, no marks, lower case, one space
/// between words) makes "pecovatelska" find "Pečovatelská" on every database alike (the cs-CZ culture cannot: there č
/// is a letter of its own); the Czech sort key orders like a Czech reader expects (č after c, ch after h) while the
/// database only compares strings ordinally.
/// </summary>
public static class CzechText
{
    private static readonly CompareInfo Czech = CultureInfo.GetCultureInfo("cs-CZ").CompareInfo;

    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!space && result.Length > 0) result.Append(' ');
                space = true;
                continue;
            }
            space = false;
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString().TrimEnd();
    }

    /// <summary>Hex of the cs-CZ collation key: ordinal order of these strings is Czech alphabetical order.</summary>
    public static string SortKey(string value)
    {
        var key = Czech.GetSortKey(value, CompareOptions.IgnoreCase).KeyData;
        var length = Math.Min(key.Length, 120);
        return Convert.ToHexString(key, 0, length);
    }
}
