using Kpss.Plugins.Abstractions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kpss.Plans.Public;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kpss.Plans.Shared;

/// <summary>What the title page says about the edition: a draft, the copy in comment, or the approval.</summary>
internal sealed record DocxEdition(string Label, SnapshotInfo? Approval);

/// <summary>
/// A plan as a Word document in the kraj's format: a title page, the table of contents, the chapters in the format's
/// order (Markdown written as Word paragraphs, headings, lists, bold and italic — never raw HTML), the strategic
/// tables with codes and money after the strategic chapter, the financing by year and source, and the settlement of
/// comments when there is one. Plain OpenXML: no template file, nothing fetched.
/// </summary>
internal static partial class PlanDocx
{
    /// <summary>The media type of a Word document.</summary>
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(PlanView plan, string krajName, DocxEdition edition, IReadOnlyList<CommentView>? settlement) =>
        Document((main, body) =>
        {
            var settings = main.AddNewPart<DocumentSettingsPart>();
            // Word refreshes the table of contents (page numbers) when the file is opened.
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            TitlePage(body, plan, krajName, edition);
            Contents(body, plan, settlement);
            foreach (var chapter in plan.Chapters)
            {
                body.Append(Heading(chapter.Title, 1));
                if (string.IsNullOrWhiteSpace(chapter.Text)) body.Append(Para(Run("Kapitola není vyplněna.", italic: true)));
                else WriteMarkdown(body, chapter.Text);
                if (chapter.Purpose == ChapterPurpose.Strategic && chapter == plan.Chapters.First(c => c.Purpose == ChapterPurpose.Strategic))
                    Strategy(body, plan);
            }
            if (plan.Chapters.All(c => c.Purpose != ChapterPurpose.Strategic))
            {
                body.Append(Heading("Priority, cíle a opatření", 1));
                Strategy(body, plan);
            }
            if (plan.Network is { } network)
            {
                body.Append(Heading(NetworkTitle, 1));
                Network(body, network);
            }
            if (settlement is not null)
            {
                body.Append(Heading("Vypořádání připomínek", 1));
                Settlement(body, settlement);
            }
        });

    /// <summary>The settlement of an edition's comments on its own (vypořádání připomínek): heading, when published, the table.</summary>
    public static byte[] WriteSettlement(string planTitle, string krajName, int edition, DateTime publishedAtUtc, IReadOnlyList<CommentView> comments) =>
        Document((_, body) =>
        {
            body.Append(Para(Run(krajName)));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), Run("Vypořádání připomínek")));
            body.Append(Para(Run($"{planTitle}, {edition}. vydání", bold: true)));
            body.Append(Para(Run($"Zveřejněno {Kpss.Modules.Abstractions.Time.PragueTime.Format(publishedAtUtc)}.")));
            Settlement(body, comments);
        });

    private static void TitlePage(Body body, PlanView plan, string krajName, DocxEdition edition)
    {
        body.Append(Para(Run(krajName)));
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), Run(plan.Title)));
        body.Append(Para(Run($"{PlanWords.Kind(plan.Kind)}, {(plan.FromYear == plan.ToYear ? $"{plan.FromYear}" : $"{plan.FromYear}–{plan.ToYear}")}", bold: true)));
        body.Append(Para(Run($"Území: {plan.Area}")));
        body.Append(Para(Run(edition.Label)));
        if (edition.Approval is { Resolution: not null } a)
            body.Append(Para(Run($"Schváleno: {a.ApprovedBy}, usnesení {a.Resolution} ze dne {PlanWords.Date(a.ApprovedOn!.Value)}.")));
        else
            body.Append(Para(Run($"Plán schvaluje: {plan.ApprovingBody}.")));
        body.Append(new Paragraph(new W.Run(new Break { Type = BreakValues.Page })));
    }

    /// <summary>A table-of-contents field whose shown result lists the chapters (Word updates it with page numbers on open).</summary>
    private static void Contents(Body body, PlanView plan, IReadOnlyList<CommentView>? settlement)
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }), Run("Obsah")));
        var titles = plan.Chapters.Select(c => c.Title).ToList();
        if (plan.Chapters.All(c => c.Purpose != ChapterPurpose.Strategic)) titles.Add("Priority, cíle a opatření");
        if (plan.Network is not null) titles.Add(NetworkTitle);
        if (settlement is not null) titles.Add("Vypořádání připomínek");
        for (var i = 0; i < titles.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
            if (i == 0)
            {
                paragraph.Append(new W.Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
                paragraph.Append(new W.Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }));
                paragraph.Append(new W.Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }
            paragraph.Append(Run($"{i + 1}. {titles[i]}"));
            if (i == titles.Count - 1) paragraph.Append(new W.Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            body.Append(paragraph);
        }
        body.Append(new Paragraph(new W.Run(new Break { Type = BreakValues.Page })));
    }

    private static void Strategy(Body body, PlanView plan)
    {
        if (plan.Priorities.Count == 0)
        {
            body.Append(Para(Run("Strategická část zatím nemá žádné priority.", italic: true)));
            return;
        }
        body.Append(Heading("Priority, cíle, opatření a aktivity", 2));
        var rows = new List<string[]>();
        var levels = new List<ItemLevel>();
        foreach (var i in plan.AllItems())
        {
            var title = $"{Shared.ItemRules.LevelName(i.Level)}: {i.Title}" + (i.TargetGroup is null ? "" : $" (cílová skupina: {i.TargetGroup})");
            var indicators = string.Join("; ", i.Indicators.Select(x =>
                $"{x.Name}: {(x.Baseline is { } b ? PlanWords.Number(b) + " → " : "")}{PlanWords.Number(x.Target)} {x.Unit} ({x.Year})"));
            if (indicators.Length > 0) title += $"\nUkazatele: {indicators}";
            if (i.Changes.Count > 0) title += "\nZměny sítě: " + string.Join("; ", i.Changes.Select(c => c.Describe()));
            rows.Add([i.Code, title, i.Responsible ?? "",
                i.FromYear is null ? "" : i.FromYear == i.ToYear ? $"{i.FromYear}" : $"{i.FromYear}–{i.ToYear}",
                i.Totals.Total == 0 ? "" : PlanWords.Money(i.Totals.Total)]);
            levels.Add(i.Level);
        }
        body.Append(Table(["Kód", "Položka", "Odpovídá", "Období", "Celkem"], rows, [700, 3800, 1550, 1400, 1622], rightAligned: 4,
            bold: r => levels[r] is ItemLevel.Priorita));

        body.Append(Heading("Financování podle let a zdrojů", 2));
        var money = plan.Totals.ByYear.Select(y => new[] { $"{y.Key}", PlanWords.Money(y.Value) })
            .Concat(plan.Totals.BySource.Select(s => new[] { PlanWords.Source(s.Key), PlanWords.Money(s.Value) }))
            .Append(["Celkem", PlanWords.Money(plan.Totals.Total)]).ToList();
        body.Append(Table(["Rok / zdroj", "Částka"], money, [5000, 2500], rightAligned: 1, bold: r => r == money.Count - 1));
    }

    private const string NetworkTitle = "Síť sociálních služeb kraje";

    /// <summary>A kraj's action plan: the network by parts, its services, and the changes against the year before.</summary>
    private static void Network(Body body, NetworkView network)
    {
        body.Append(Para(Run($"Stav ke dni {PlanWords.Date(network.AsOf)} podle katalogu sociálních služeb.")));
        if (network.Services.Count == 0)
            body.Append(Para(Run("V síti kraje není v katalogu zařazena žádná platná služba.", italic: true)));
        else
        {
            body.Append(Heading("Síť podle částí", 2));
            body.Append(Table(["Část sítě", "Služeb", "Kapacita", "Úvazky"],
                network.Parts().Select(p => new[] { p.Part, $"{p.Services}", string.Join(", ", p.Capacities), PlanWords.Number(p.Staff) }).ToList(),
                [2500, 1200, 4072, 1300], rightAligned: 3, bold: _ => false));
            body.Append(Heading("Služby v síti", 2));
            body.Append(Table(["Identifikátor", "Služba", "Druh", "Část", "Kapacita", "Úvazky"],
                network.Services.Select(s => new[] { s.RegisterId, $"{s.Name}\n{s.Provider} (IČO {s.ProviderIco})", $"§ {s.Paragraph} {s.Kind}", s.Part ?? "—",
                    s.CapacityText, s.StaffText }).ToList(),
                [1100, 3000, 1900, 1100, 1172, 800], rightAligned: 5, bold: _ => false));
        }
        body.Append(Heading($"Změny sítě proti roku {network.PreviousYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "předchozímu"}", 2));
        if (network.PreviousYear is null)
            body.Append(Para(Run("Schválený akční plán kraje na předchozí rok v platformě není (nebo síť neobsahoval), změny proto nelze porovnat.", italic: true)));
        else if (network.Changes.Count == 0)
            body.Append(Para(Run($"Proti schválenému akčnímu plánu na rok {network.PreviousYear} se síť nezměnila.")));
        else
            body.Append(Table(["Identifikátor", "Služba", "Změna"],
                network.Changes.Select(c => new[] { c.RegisterId, $"{c.Name}\n{c.Provider}", c.Change }).ToList(), [1100, 3500, 4472], rightAligned: -1, bold: _ => false));
    }

    private static void Settlement(Body body, IReadOnlyList<CommentView> comments)
    {
        if (comments.Count == 0)
        {
            body.Append(Para(Run("K plánu nepřišla žádná potvrzená připomínka.")));
            return;
        }
        var n = 0;
        body.Append(Table(["Č.", "Část plánu", "Kdo", "Připomínka", "Vypořádání"],
            comments.Select(c => new[]
            {
                $"{++n}", c.TargetTitle, (c.AuthorName ?? "bez jména") + (c.Organisation is null ? "" : $", {c.Organisation}"), c.Text,
                PlanComments.AnswerName(c.Answer) + (c.Reason is null ? "" : $": {c.Reason}"),
            }).ToList(), [450, 1700, 1500, 3000, 2422], rightAligned: -1, bold: _ => false));
    }
}
