using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Shared;

/// <summary>The plan format of a kraj: its enabled plugin's, else the platform's (vyhláška 505 § 39a).</summary>
internal sealed class PlanFormats(IKrajPlugins plugins)
{
    public async Task<PlanFormat> ForAsync(string krajCode, CancellationToken ct)
    {
        var source = (await plugins.EnabledAsync<IPlanFormat>(krajCode, ct)).FirstOrDefault();
        var format = source?.GetPlanFormat() ?? PlanFormat.Default;
        return format with { Chapters = format.Chapters.OrderBy(c => c.Order).ToList() };
    }

    /// <summary>An item's code from its and its parents' numbers: 2.1.3, or B.1.3 with letters for priorities.</summary>
    public static string Code(PlanNumbering numbering, IReadOnlyList<int> numbers) =>
        string.Join('.', numbers.Select((n, i) => i == 0 && numbering == PlanNumbering.LetterThenDecimal ? Letter(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Letter(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26)
            s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
