using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kpss.Host.UseCases.FindPersonalData;

/// <summary>The platform admin's desk for a person's data in every kraj.</summary>
[Authorize(Policy = KpssPolicies.PlatformAdmin)]
public sealed class AllPersonalDataModel(PersonalDataRegister register, TenantContext tenant) : PersonalDataPage(register)
{
    public override string ScopeName => "všechny kraje";

    protected override async Task<T> InScopeAsync<T>(Func<Task<T>> work)
    {
        using (tenant.BeginPlatformWide())
            return await work();
    }
}
