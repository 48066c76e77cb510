using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kpss.Host.UseCases.ReadAuditLog;

/// <summary>The kraj's audit log for its regional admin: who changed what and when, filtered, a page at a time or as CSV.</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class KrajAuditLogModel(AuditLogReader reader) : AuditLogPage(reader)
{
    // The DbContext's kraj filter keeps the log to the route's kraj; a kraj in the query is not this page's filter.
    protected override AuditFilter Narrow(AuditFilter filter) => filter with { Kraj = null };

    protected override Task<T> InScopeAsync<T>(Func<Task<T>> work) => work();
}
