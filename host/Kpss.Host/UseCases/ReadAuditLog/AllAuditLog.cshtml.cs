using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kpss.Host.UseCases.ReadAuditLog;

/// <summary>The platform admin's audit log: every kraj's records and the platform's own (accounts, roles without a kraj).</summary>
[Authorize(Policy = KpssPolicies.PlatformAdmin)]
public sealed class AllAuditLogModel(AuditLogReader reader, TenantContext tenant) : AuditLogPage(reader)
{
    protected override async Task<T> InScopeAsync<T>(Func<Task<T>> work)
    {
        using (tenant.BeginPlatformWide())
            return await work();
    }
}
