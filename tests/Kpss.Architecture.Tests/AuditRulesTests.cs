using System.Text.RegularExpressions;

namespace Kpss.Architecture.Tests;

/// <summary>
/// The audit log sees what a DbContext saves; a bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> or raw SQL goes past
/// it. Only files on this list may write that way, each for rows that are not audited (<c>[NotAudited]</c>) or for
/// the database's own settings; a new one has to say here why the log need not see it — or load and save instead.
/// </summary>
public sealed partial class AuditRulesTests
{
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["modules/Notifications/Kpss.Notifications/Jobs/OutboxDispatcher.cs"] = "the outbox's claim and delivery marks (OutboxMessage is not audited)",
        ["modules/Notifications/Kpss.Notifications/Provides/NotificationOutbox.cs"] = "cancelling queued messages (OutboxMessage)",
        ["modules/Notifications/Kpss.Notifications/Jobs/OutboxRetention.cs"] = "the delivery log's retention (OutboxMessage)",
        ["modules/Notifications/Kpss.Notifications/UseCases/ViewDeliveryLog/DeliveryLog.cshtml.cs"] = "sending a failed message again (OutboxMessage)",
        ["modules/Catalogue/Kpss.Catalogue/UseCases/ImportRegister/ImportJobs.cs"] = "an import run's heartbeat and state (ImportRun is not audited; the services it writes are)",
        ["host/Kpss.Host/Platform/Data/DatabaseSetup.cs"] = "SQLite's journal mode",
        ["host/Kpss.Host/UseCases/ManageApiTokens/ApiTokenBook.cs"] = "an API token's last use (bookkeeping; making and revoking a token are audited)",
    };

    [Fact]
    public void OnlyListedFiles_WritePastTheAuditLog()
    {
        var files = new[] { "host", "modules", "plugins" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Solution.Root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files found");

        var writing = files.Where(f => BulkWrite().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Solution.Root, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();

        var unlisted = writing.Except(Allowed.Keys).ToList();
        Assert.True(unlisted.Count == 0, "bulk writes the audit log does not see (load and save, or list the file in AuditRulesTests with why): "
            + string.Join(", ", unlisted));
        Assert.Empty(Allowed.Keys.Except(writing)); // the list stays true
    }

    [GeneratedRegex(@"\.Execute(Update|Delete)(Async)?\(|ExecuteSql(Raw|Interpolated)?(Async)?\(")]
    private static partial Regex BulkWrite();
}
