using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Demo;
using Kpss.Host.Platform.Identity;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;

namespace Kpss.Host.Platform.Cli;

/// <summary>
/// Administrative verbs of the host: <c>dotnet run --project host/Kpss.Host -- &lt;verb&gt; [--option value ...]</c>.
/// Configuration (database provider and connection) is the same as when the host serves.
/// </summary>
internal sealed class CliVerb
{
    private static readonly string[] Verbs = ["migrate", "create-admin", "seed-demo", "run-job", "backup", "help"];

    private readonly string? _error;

    private CliVerb(string name, Dictionary<string, string> options, string? error = null)
    {
        Name = name;
        Options = options;
        _error = error;
    }

    public string Name { get; }

    public Dictionary<string, string> Options { get; }

    /// <summary>The verb in <paramref name="args"/>, or null when the host should serve.</summary>
    public static CliVerb? Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
            return args.Length > 0 && args[0] is "--help" or "-h" ? new CliVerb("help", []) : null;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                return new CliVerb(args[0], options, $"Nečekaný argument „{args[i]}“. Volby se píší jako --nazev hodnota.");
            var key = args[i][2..];
            options[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
        return new CliVerb(args[0], options);
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Kpss.Cli");
        try
        {
            if (_error is not null)
                throw new CliException(_error);
            switch (Name)
            {
                case "migrate":
                    await DatabaseSetup.MigrateAllAsync(app.Services, logger);
                    Console.WriteLine("Databáze je aktuální.");
                    return 0;
                case "create-admin":
                    return await CreateAdminAsync(app, logger);
                case "seed-demo":
                    await MigrateIfConfiguredAsync(app, logger);
                    await DemoData.SeedAsync(app.Services, logger);
                    return 0;
                case "run-job":
                    return await RunJobAsync(app, logger);
                case "backup":
                    return await BackupAsync(app);
                default:
                    Console.WriteLine(Usage);
                    return 0;
            }
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private async Task<int> CreateAdminAsync(WebApplication app, ILogger logger)
    {
        var email = Options.GetValueOrDefault("email")
            ?? throw new CliException("Zadejte e-mail účtu: create-admin --email adresa [--password heslo] [--kraj CZ031] [--name \"Jméno\"]");
        var password = Options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("KPSS_ADMIN_PASSWORD");
        var kraj = Options.GetValueOrDefault("kraj");
        await MigrateIfConfiguredAsync(app, logger);

        using var scope = app.Services.CreateScope();
        var role = Options.GetValueOrDefault("role") ?? (kraj is null ? KpssRoles.PlatformAdmin : KpssRoles.RegionalAdmin);
        var result = await scope.ServiceProvider.GetRequiredService<AccountProvisioning>()
            .EnsureAsync(email, password, Options.GetValueOrDefault("name"), role, kraj, Options.GetValueOrDefault("rozsah"));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                await Console.Error.WriteLineAsync(error);
            return 1;
        }
        var narrowed = Options.GetValueOrDefault("rozsah") is { } r ? $" (rozsah {r.Trim()})" : "";
        Console.WriteLine($"Účet {email} má roli {role}{(kraj is null ? "" : $" v kraji {kraj}")}{narrowed}{(result.Created ? " (nově založen)" : "")}.");
        return 0;
    }

    /// <summary>Runs a job a module declared, now, in this process (beside any host's scheduler; e.g. send due mail).</summary>
    private async Task<int> RunJobAsync(WebApplication app, ILogger logger)
    {
        var names = app.Services.GetServices<Kpss.Modules.Abstractions.KpssJobDefinition>().Select(d => d.Name).Order(StringComparer.Ordinal).ToList();
        var name = Options.GetValueOrDefault("name")
            ?? throw new CliException($"Zadejte úlohu: run-job --name ULOHA [--argument A]. Úlohy: {string.Join(", ", names)}.");
        if (!names.Contains(name, StringComparer.Ordinal))
            throw new CliException($"Úloha „{name}“ neexistuje. Úlohy: {string.Join(", ", names)}.");
        await MigrateIfConfiguredAsync(app, logger);
        await app.Services.GetRequiredService<KpssJobRunner>().RunAsync(name, Options.GetValueOrDefault("argument"), CancellationToken.None);
        Console.WriteLine($"Úloha {name} doběhla.");
        return 0;
    }

    /// <summary>
    /// SQLite: a consistent copy of the running installation's database (SQLite's online backup: writers may go on) and,
    /// beside it, of the job scheduler's file; restored by putting both back as <c>kpss.db</c> and <c>kpss-jobs.db</c> in
    /// the data folder. A server database is backed up by its own tools: the verb says how.
    /// </summary>
    private async Task<int> BackupAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider != DatabaseProvider.Sqlite)
            throw new CliException(ServerBackup(settings));
        var target = Options.GetValueOrDefault("do") is { Length: > 0 } given && given != "true"
            ? Path.GetFullPath(given)
            : throw new CliException("Zadejte soubor zálohy: backup --do /zalohy/kpss-2026-12-06.db [--prepsat]");
        var jobsTarget = JobScheduling.JobsFileOf(target);
        if ((File.Exists(target) || File.Exists(jobsTarget)) && !Options.ContainsKey("prepsat"))
            throw new CliException($"Záloha {target} už existuje. Zvolte jiný soubor, nebo přidejte --prepsat.");
        var source = Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        if (!File.Exists(source))
            throw new CliException($"Databáze {source} neexistuje; není co zálohovat.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await CopySqliteAsync(source, target);
        var jobs = JobScheduling.JobsFileOf(source);
        if (File.Exists(jobs))
            await CopySqliteAsync(jobs, jobsTarget);
        Console.WriteLine($"Záloha je hotová: {target}" + (File.Exists(jobs) ? $" a {jobsTarget} (úlohy)." : "."));
        Console.WriteLine($"Obnova: oba soubory do složky dat jako {Path.GetFileName(source)} a {Path.GetFileName(jobs)}, při zastaveném serveru.");
        return 0;
    }

    /// <summary>SQLite's online backup into a temporary file, then renamed: a half-written backup never has the final name.</summary>
    private static async Task CopySqliteAsync(string source, string target)
    {
        var temporary = target + ".castecna";
        File.Delete(temporary);
        await using (var from = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
            { DataSource = source, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
        await using (var to = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
            { DataSource = temporary, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
        }
        File.Move(temporary, target, overwrite: true);
    }

    private static string ServerBackup(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
            return "Databázi PostgreSQL zálohuje pg_dump (za běhu, konzistentně):\n" +
                $"  pg_dump --format=custom --file kpss.dump \"host={b.Host} port={b.Port} dbname={b.Database} user={b.Username}\"\n" +
                $"  obnova: pg_restore --clean --if-exists --dbname \"host={b.Host} port={b.Port} dbname={b.Database} user={b.Username}\" kpss.dump\n" +
                "Heslo z PGPASSWORD nebo ~/.pgpass. Úlohy plánovače jsou ve schématu hangfire téže databáze (záloha je obsahuje).";
        }
        var m = new MySqlConnector.MySqlConnectionStringBuilder(settings.ConnectionString);
        return "Databázi MySQL/MariaDB zálohuje mysqldump (za běhu, konzistentně):\n" +
            $"  mysqldump --single-transaction --routines --host {m.Server} --port {m.Port} --user {m.UserID} -p {m.Database} > kpss.sql\n" +
            $"  obnova: mysql --host {m.Server} --port {m.Port} --user {m.UserID} -p {m.Database} < kpss.sql\n" +
            "Úlohy plánovače jsou v Redisu (Scheduler:Redis): jeho snímek (RDB) zálohujte zvlášť.";
    }

    private static async Task MigrateIfConfiguredAsync(WebApplication app, ILogger logger)
    {
        if (app.Services.GetRequiredService<DatabaseSettings>().MigrateOnStart)
            await DatabaseSetup.MigrateAllAsync(app.Services, logger);
    }

    private const string Usage = """
        Kpss.Host – platforma komunitního plánování sociálních služeb

        Bez argumentů spustí webový server. Příkazy:
          migrate                              použije chybějící migrace databáze a skončí
          create-admin --email E [--password H] [--kraj CZ031] [--role R] [--rozsah S] [--name "Jméno"]
                                               založí účet (heslo též z KPSS_ADMIN_PASSWORD) a udělí mu
                                               roli správce platformy, s --kraj krajského administrátora;
                                               --role coordinator (member, provider-editor) jinou roli v kraji;
                                               --rozsah ji zúží: koordinátora na plánovací proces (číslo),
                                               člena na skupinu (číslo), editora na poskytovatele (IČO)
          seed-demo                            založí ukázkové účty
          run-job --name ULOHA [--argument A]  spustí úlohu modulu hned (např. notifications.outbox-dispatch:
                                               odešle splatnou poštu) a skončí; bez --name vypíše úlohy
          backup --do SOUBOR [--prepsat]       SQLite: konzistentní záloha běžící databáze (a souboru úloh vedle ní);
                                               u PostgreSQL a MySQL/MariaDB vypíše, jak zálohovat jejich nástroji
        """;
}

internal sealed class CliException(string message) : Exception(message);
