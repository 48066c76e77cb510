namespace Kpss.Modules.Abstractions;

/// <summary>
/// IČO (identifikační číslo osoby) as the register writes it: 8 digits, the last a mod-11 check digit over the first
/// seven. The catalogue checks the register's providers with it, Plans a measure's responsible party.
/// </summary>
public static class Ico
{
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 8 || !value.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 7; i++)
            sum += (value[i] - '0') * (8 - i);
        return value[7] - '0' == CheckDigit(sum);
    }

    /// <summary>Appends the check digit to seven digits.</summary>
    public static string Complete(string sevenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
            sum += (sevenDigits[i] - '0') * (8 - i);
        return sevenDigits + CheckDigit(sum);
    }

    /// <summary>Shorter numbers are written with leading zeros (e.g. 246875 → 00246875).</summary>
    public static string Normalize(string value) => value.Trim().Replace(" ", "").PadLeft(8, '0');

    private static int CheckDigit(int sum) => (11 - sum % 11) % 10;
}
