using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kpss.Plans.Shared;

/// <summary>
/// How the plan's documents are laid out in OpenXML: the document frame (styles, A4, margins), tables, Markdown written
/// as Word paragraphs, headings and runs. What the documents say is in PlanDocx.cs.
/// </summary>
internal static partial class PlanDocx
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    /// <summary>A document with the platform's styles on A4 with 2.5 cm margins; <paramref name="write"/> fills its body.</summary>
    private static byte[] Document(Action<MainDocumentPart, Body> write)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            write(main, body);
            body.Append(new SectionProperties(
                new W.PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1417, Bottom = 1417, Left = 1417, Right = 1417, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static W.Table Table(string[] header, IReadOnlyList<string[]> rows, int[] widths, int rightAligned, Func<int, bool> bold)
    {
        var table = new W.Table(new TableProperties(
            new TableStyle { Val = "KpssTable" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(header, widths, rightAligned, header: true, bold: true));
        for (var r = 0; r < rows.Count; r++) table.Append(Row(rows[r], widths, rightAligned, header: false, bold: bold(r)));
        return table;
    }

    private static TableRow Row(string[] cells, int[] widths, int rightAligned, bool header, bool bold)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            foreach (var line in cells[c].Split('\n'))
            {
                var p = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" },
                    new Justification { Val = c == rightAligned && !header ? JustificationValues.Right : JustificationValues.Left }), Run(line, bold: bold || header, size: 18));
                cell.Append(p);
            }
            row.Append(cell);
        }
        return row;
    }

    /// <summary>Markdown as Word paragraphs: headings below the chapter's (## → level 2, deeper → 3), lists, quotes, emphasis.</summary>
    private static void WriteMarkdown(Body body, string text)
    {
        foreach (var block in Markdig.Markdown.Parse(text, Markdown))
            WriteBlock(body, block, listDepth: 0);
    }

    private static void WriteBlock(Body body, MdBlock block, int listDepth)
    {
        switch (block)
        {
            case HeadingBlock h:
                body.Append(new Paragraph([new ParagraphProperties(new ParagraphStyleId { Val = h.Level <= 2 ? "Heading2" : "Heading3" }), .. Inlines(h.Inline)]));
                break;
            case ParagraphBlock p:
                body.Append(new Paragraph(Inlines(p.Inline)));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}. " : "• ";
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock para)
                        {
                            body.Append(new Paragraph([new ParagraphProperties(new Indentation { Left = $"{360 * (listDepth + 1)}", Hanging = "360" }),
                                Run(marker), .. Inlines(para.Inline)]));
                        }
                        else WriteBlock(body, child, listDepth + 1);
                        first = false;
                    }
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                    if (child is ParagraphBlock qp)
                        body.Append(new Paragraph([new ParagraphProperties(new Indentation { Left = "720" }), .. Inlines(qp.Inline, italic: true)]));
                    else WriteBlock(body, child, listDepth);
                break;
            case ThematicBreakBlock:
                body.Append(new Paragraph(Run("* * *")));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                    body.Append(new Paragraph(Run(line.ToString())));
                break;
            case ContainerBlock container:
                foreach (var child in container) WriteBlock(body, child, listDepth);
                break;
        }
    }

    private static OpenXmlElement[] Inlines(ContainerInline? inlines, bool bold = false, bool italic = false)
    {
        var runs = new List<OpenXmlElement>();
        void Walk(MdInline? inline, bool b, bool i)
        {
            for (; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline l: runs.Add(Run(l.Content.ToString(), b, i)); break;
                    case CodeInline c: runs.Add(Run(c.Content, b, i)); break;
                    case LineBreakInline: runs.Add(Run(" ", b, i)); break;
                    case EmphasisInline e: Walk(e.FirstChild, b || e.DelimiterCount >= 2, i || e.DelimiterCount == 1); break;
                    case LinkInline link:
                        Walk(link.FirstChild, b, i);
                        if (!link.IsImage && link.Url is { Length: > 0 } url) runs.Add(Run($" ({url})", b, i));
                        break;
                    case ContainerInline container: Walk(container.FirstChild, b, i); break;
                    case HtmlInline html: runs.Add(Run(html.Tag, b, i)); break; // shown as text, never interpreted
                    case HtmlEntityInline entity: runs.Add(Run(entity.Transcoded.ToString(), b, i)); break;
                }
            }
        }
        Walk(inlines?.FirstChild, bold, italic);
        return runs.ToArray();
    }

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), Run(text));

    private static Paragraph Para(params OpenXmlElement[] runs) => new(runs);

    /// <param name="size">In half-points (18 = 9 pt, the tables' size); null: the style's.</param>
    private static W.Run Run(string text, bool bold = false, bool italic = false, int? size = null)
    {
        var run = new W.Run();
        if (bold || italic || size is not null)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            if (size is { } halfPoints) props.Append(new FontSize { Val = $"{halfPoints}" });
            run.Append(props);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        Style Paragraph(string id, string name, int size, bool bold, int before, int after, int? outline = null, string? basedOn = "Normal")
        {
            // Children in the schema's order (the validator checks it): fonts, bold, size; keep-with-next, spacing, outline level.
            var run = new StyleRunProperties(new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" });
            if (bold) run.Append(new Bold());
            run.Append(new FontSize { Val = $"{size}" });
            var paragraph = new StyleParagraphProperties();
            if (outline is not null) paragraph.Append(new KeepNext());
            paragraph.Append(new SpacingBetweenLines { Before = $"{before}", After = $"{after}" });
            if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
            var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
            if (basedOn is not null) style.InsertAfter(new BasedOn { Val = basedOn }, style.StyleName);
            return style;
        }
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = "cs-CZ" })),
                new ParagraphPropertiesDefault()),
            Paragraph("Normal", "Normal", 22, false, 0, 120, basedOn: null),
            Paragraph("Title", "Title", 48, true, 2400, 480),
            Paragraph("Heading1", "heading 1", 32, true, 360, 160, 0),
            Paragraph("Heading2", "heading 2", 26, true, 240, 120, 1),
            Paragraph("Heading3", "heading 3", 23, true, 200, 100, 2),
            Paragraph("TOCHeading", "TOC Heading", 32, true, 0, 240),
            Paragraph("TOC1", "toc 1", 22, false, 0, 60),
            new Style(new StyleName { Val = "Kpss Table" }) { Type = StyleValues.Table, StyleId = "KpssTable" });
    }
}
