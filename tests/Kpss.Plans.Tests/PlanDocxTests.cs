using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Kpss.Plans.Tests;

/// <summary>
/// The plan as a Word document, read back by an independent reader: Debian's LibreOffice converts it to PDF and
/// pdftotext reads it; the chapters, a Markdown heading and list, a measure's code and money, the totals and the
/// approval must be there, nothing of the Markdown's HTML, and the file must be valid OpenXML. The public gets only
/// what is published.
/// </summary>
public sealed class PlanDocxTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The text LibreOffice lays out from the DOCX (whitespace, no-break spaces included, folded to single spaces).</summary>
    internal static async Task<string> ReadAsync(byte[] docx)
    {
        var dir = Directory.CreateTempSubdirectory("kpss-docx").FullName;
        try
        {
            var file = Path.Combine(dir, "plan.docx");
            await File.WriteAllBytesAsync(file, docx);
            await RunAsync("libreoffice", $"-env:UserInstallation=file://{dir}/profile --headless --convert-to pdf --outdir {dir} {file}");
            await RunAsync("pdftotext", $"-layout {dir}/plan.pdf {dir}/plan.txt");
            var text = await File.ReadAllTextAsync(Path.Combine(dir, "plan.txt"));
            if (Environment.GetEnvironmentVariable("KPSS_KEEP_DOCX") is { Length: > 0 } keep)
                File.Copy(file, Path.Combine(keep, $"plan-{Guid.NewGuid():N}.docx"));
            return System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00A0', ' '), "[ \\t]+", " ");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {arguments} ended with {process.ExitCode}: {await error}");
    }

    internal static void AssertValid(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task TheDraft_OpensInLibreOffice_WithItsChaptersMarkdownCodesAndMoney()
    {
        var api = await app.ClientAsync();
        var (plan, _) = await api.CompletePlanAsync("Střednědobý plán pro Word");
        await api.SaveChapterAsync(plan, "analyticka",
            "## Senioři v kraji\n\nPodíl **osob nad 65 let** roste.\n\n- první zjištění\n- druhé zjištění\n\n<script>alert('x')</script>");

        var response = await api.Http.GetAsync($"{api.Base}/{plan}/dokument");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var docx = await response.Content.ReadAsByteArrayAsync();
        AssertValid(docx);
        var text = await ReadAsync(docx);

        Assert.Contains("Střednědobý plán pro Word", text);
        Assert.Contains("Pracovní návrh (1. vydání), stav: návrh", text);
        Assert.Contains("Obsah", text);
        foreach (var chapter in new[] { "Popisná část", "Analytická část", "Vyhodnocení předchozího plánu", "Strategická část", "Způsob zajištění sítě sociálních služeb" })
            Assert.True(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(chapter)).Count >= 2, $"{chapter}: in the contents and as a heading");
        Assert.Contains("Senioři v kraji", text);
        Assert.Contains("Podíl osob nad 65 let roste.", text);
        Assert.Contains("• první zjištění", text);
        Assert.Contains("<script>alert('x')</script>", text); // HTML in Markdown is written as plain text: inert in a document
        Assert.Matches(@"1\.1\.1 Opatření: Odlehčovací služba", text);
        Assert.Contains("1 000 000 Kč", text); // the measure's total (400 000 + 600 000), computed
        Assert.Contains("Financování podle let a zdrojů", text);
        Assert.Matches(@"dotace MPSV\s+600 000 Kč", text);
    }

    [Fact]
    public async Task ThePublic_DownloadsOnlyWhatIsPublished_AndTheApprovedEditionCarriesItsResolution()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(PlansHost.Admin);
        var visitor = app.AnonymousClient();
        var (plan, _) = await api.CompletePlanAsync("Plán ke stažení");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihocesky/plany/{plan}/dokument")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihocesky/plany/{plan}/tisk")).StatusCode);
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{api.Base}/{plan}/schvaleni",
            new { resolution = "12/2026/ZK-3", approvedOn = Iso(app.Today), version = await api.VersionAsync(plan) }));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihomoravsky/plany/{plan}/dokument")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihocesky/plany/{plan}/dokument?vydani=2")).StatusCode);

        var response = await visitor.GetAsync($"/jihocesky/plany/{plan}/dokument?vydani=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await ReadAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("1. vydání, schválené znění", text);
        Assert.Contains("Schváleno: Zastupitelstvo kraje, usnesení 12/2026/ZK-3 ze dne 2. 3. 2026.", text);

        var print = System.Net.WebUtility.HtmlDecode(await visitor.GetStringAsync($"/jihocesky/plany/{plan}/tisk"));
        Assert.Contains("<h2 id=\"obsah-planu\">Obsah</h2>", print);
        Assert.Contains("<li><a href=\"#kapitola-analyticka\">Analytická část</a></li>", print);
        Assert.Contains("1. vydání. Schváleno: Zastupitelstvo kraje, usnesení 12/2026/ZK-3 ze dne 2. 3. 2026.", print);
        Assert.Contains("Opatření: Odlehčovací služba", print);
    }
}
