using Kpss.Modules.Abstractions.Text;
using System.Text;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Public;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.Public;

/// <summary>The published settlement of comments (vypořádání připomínek) of a plan's edition: a page, CSV and DOCX.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class SettlementModel(PlanComments comments) : PlansPage
{
    public int PlanId { get; private set; }
    public int Edition { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public DateTime PublishedAtUtc { get; private set; }
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int edition, CancellationToken ct) =>
        await LoadAsync(id, edition, ct) ? Page() : NotFound();

    /// <summary>CSV for a spreadsheet (UTF-8 with BOM, semicolons as Czech Excel expects; formula-like cells neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(int id, int edition, CancellationToken ct)
    {
        if (!await LoadAsync(id, edition, ct)) return NotFound();
        var n = 0;
        var bytes = SpreadsheetCsv.Write(["Pořadí", "Část plánu", "Kdo", "Organizace", "Připomínka", "Vypořádání", "Odůvodnění"],
            Comments.Select(c => new[] { (++n).ToString(System.Globalization.CultureInfo.InvariantCulture), c.TargetTitle, c.AuthorName, c.Organisation,
                c.Text, PlanComments.AnswerName(c.Answer), c.Reason }));
        return File(bytes, SpreadsheetCsv.ContentType, $"vyporadani-pripominek-{id}-{edition}.csv");
    }

    /// <summary>The same as a Word document (DOCX), for the file of the plan's approval.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int id, int edition, CancellationToken ct)
    {
        if (!await LoadAsync(id, edition, ct)) return NotFound();
        var bytes = PlanDocx.WriteSettlement(PlanTitle, Kraj.Name, edition, PublishedAtUtc, Comments);
        return File(bytes, PlanDocx.DocxType, $"vyporadani-pripominek-{id}-{edition}.docx");
    }

    private async Task<bool> LoadAsync(int id, int edition, CancellationToken ct)
    {
        var settlement = await comments.SettlementAsync(KrajCode, id, edition, ct);
        if (settlement is not { } s) return false;
        (PlanId, Edition, PlanTitle, PublishedAtUtc, Comments) = (id, edition, s.PlanTitle, s.PublishedAtUtc, s.Comments);
        return true;
    }
}
