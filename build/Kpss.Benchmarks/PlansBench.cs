using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Data;
using Kpss.Testing;

/// <summary>
/// A plan of 10 priorities × 5 goals × 5 measures × 4 activities (1,000 activities with money in three years and an
/// indicator each; 1,310 items): how long its coordinators' page, its JSON and its DOCX take, and a save of one measure
/// (which must not reload the whole plan), against a real host process.
///   dotnet run --project build/Kpss.Benchmarks -c Release -- plans [sqlite|postgres|mysql] [runs]
/// </summary>
internal static class PlansBench
{
    private const string Admin = "bench.plans@bench.test.example";
    private const string Password = "Benchmarkove-heslo-1";

    public static async Task RunAsync(DatabaseProvider provider, int runs)
    {
        var database = new TestDatabase(provider);
        var host = new HostProcess();
        database.ConfigureHost(host.Environment);
        if (provider == DatabaseProvider.Sqlite)
            host.Environment["Database__ConnectionString"] = "";
        host.Environment["Logging__LogLevel__Default"] = "Warning";
        try
        {
            await host.RunVerbAsync("create-admin", "--email", Admin, "--password", Password, "--kraj", "CZ031");
            await host.InitializeAsync();
            var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(host.BaseUrl) };
            await KpssAppFactory.PostFormAsync(http, "/ucet/prihlaseni", new() { ["Input.Email"] = Admin, ["Input.Password"] = Password });
            const string api = "/api/kraje/jihocesky/plany";

            var build = Stopwatch.StartNew();
            var plan = await IdAsync(await http.PostAsJsonAsync(api, new
            {
                kind = "Sprss", title = "Benchmark: plán s 1 000 aktivitami", fromYear = 2025, toYear = 2027, area = "Jihočeský kraj", approvingBody = "ZK",
            }));
            var version = 1;
            async Task<int> AddAsync(object item)
            {
                var id = await IdAsync(await http.PostAsJsonAsync($"{api}/{plan}/polozky", item));
                version++;
                return id;
            }
            int firstMeasure = 0, firstGoal = 0;
            for (var p = 1; p <= 10; p++)
            {
                var priority = await AddAsync(new { title = $"Priorita {p}", category = p % 2 == 0 ? "systemova" : "skupinova", targetGroup = "senioři", version });
                for (var g = 1; g <= 5; g++)
                {
                    var goal = await AddAsync(new { parentId = priority, title = $"Cíl {p}.{g}", version });
                    for (var m = 1; m <= 5; m++)
                    {
                        var measure = await AddAsync(new { parentId = goal, title = $"Opatření {p}.{g}.{m}", responsible = "Kraj", fromYear = 2025, toYear = 2027, version });
                        if (firstMeasure == 0) (firstMeasure, firstGoal) = (measure, goal);
                        for (var a = 1; a <= 4; a++)
                            await AddAsync(new
                            {
                                parentId = measure, title = $"Aktivita {p}.{g}.{m}.{a}", responsible = "Poskytovatel", fromYear = 2025, toYear = 2027,
                                costs = new object[]
                                {
                                    new { year = 2025, source = "kraj", amount = 100_000L + a }, new { year = 2026, source = "mpsv", amount = 200_000L + a },
                                    new { year = 2027, source = "obec", amount = 50_000L + a },
                                },
                                indicators = new object[] { new { name = "klientů", unit = "osob", baseline = 10m, target = 20m, year = 2027 } },
                                version,
                            });
                    }
                }
            }
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; database {provider}; " +
                              $"1,310 items added one by one through the API in {build.Elapsed.TotalSeconds:F1} s ({build.Elapsed.TotalMilliseconds / 1310:F1} ms each)");

            await MeasureAsync("coordinators' page (HTML)", runs, () => http.GetAsync($"/jihocesky/plany/priprava/{plan}"));
            await MeasureAsync("plan as JSON (API)", runs, () => http.GetAsync($"{api}/{plan}"));
            await MeasureAsync("plan as DOCX", runs, () => http.GetAsync($"{api}/{plan}/dokument"));
            await MeasureAsync("save of one measure (API PUT)", runs, async () =>
            {
                var response = await http.PutAsJsonAsync($"{api}/{plan}/polozky/{firstMeasure}",
                    new { parentId = firstGoal, title = $"Opatření 1.1.1 ({version})", responsible = "Kraj", fromYear = 2025, toYear = 2027, version });
                version++;
                return response;
            });

            // Approved (every chapter written first): one year of the frozen edition, as other modules read it through
            // IPlans.YearAsync (Evaluation's monitoring of the year), here through its API read.
            foreach (var chapter in (await http.GetFromJsonAsync<JsonElement>($"{api}/{plan}")).GetProperty("chapters").EnumerateArray())
                await EnsureAsync(await http.PutAsJsonAsync($"{api}/{plan}/kapitoly/{chapter.GetProperty("key").GetString()}", new { text = "Text kapitoly.", version = version++ }));
            await EnsureAsync(await http.PostAsJsonAsync($"{api}/{plan}/schvaleni",
                new { resolution = "1/2025/ZK", approvedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), version }));
            await MeasureAsync("one year of the approved edition (API, IPlans.YearAsync)", runs, () => http.GetAsync($"{api}/{plan}/vydani/1/rok/2026"));
        }
        finally
        {
            await host.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static async Task MeasureAsync(string what, int runs, Func<Task<HttpResponseMessage>> request)
    {
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await request();
            var body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
            if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds); // the first run warms up
            bytes = body.Length;
        }
        times.Sort();
        Console.WriteLine($"{what}: median {times[times.Count / 2]:F0} ms, slowest {times[^1]:F0} ms of {runs} (after one warm-up); {bytes / 1024.0:F0} KiB");
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
