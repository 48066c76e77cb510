using System.Text.Json;
using System.Text.Json.Serialization;
using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Shared;

/// <summary>
/// Plan formats. A kraj's current one is its enabled plugin's, else the platform's (vyhláška 505 § 39a); a plan keeps
/// the one it was created with (<see cref="Plan.Format"/>) and is read, edited, numbered and exported with it, whatever
/// happens to the plugin later, until its coordinator takes over the kraj's current format on purpose (AdoptPlanFormat).
/// </summary>
internal sealed class PlanFormats(IKrajPlugins plugins, PlansDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The kraj's format now: for a new plan, and to compare a plan's own with.</summary>
    public async Task<PlanFormat> CurrentAsync(string krajCode, CancellationToken ct)
    {
        var source = (await plugins.EnabledAsync<IPlanFormat>(krajCode, ct)).FirstOrDefault();
        var format = source?.GetPlanFormat() ?? PlanFormat.Default;
        return format with { Chapters = format.Chapters.OrderBy(c => c.Order).ToList() };
    }

    /// <summary>The plan's own format; a plan stored before formats were kept with plans has the kraj's current one.</summary>
    public async Task<PlanFormat> OfAsync(Plan plan, CancellationToken ct) =>
        plan.Format is { } json ? Deserialize(json) : await CurrentAsync(plan.KrajCode, ct);

    /// <summary>The format of the kraj's plan (the kraj's current one when there is no such plan: nothing is read with it).</summary>
    public async Task<PlanFormat> OfAsync(string krajCode, int planId, CancellationToken ct)
    {
        var json = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.KrajCode == krajCode).Select(p => p.Format).SingleOrDefaultAsync(ct);
        return json is null ? await CurrentAsync(krajCode, ct) : Deserialize(json);
    }

    public static string Serialize(PlanFormat format) => JsonSerializer.Serialize(format, Json);

    public static PlanFormat Deserialize(string json) => JsonSerializer.Deserialize<PlanFormat>(json, Json)!;

    /// <summary>The chapter of a purpose in a format (the first, in order), or null.</summary>
    public static PlanChapterFormat? ChapterFor(PlanFormat format, ChapterPurpose purpose) => format.Chapters.FirstOrDefault(c => c.Purpose == purpose);

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
