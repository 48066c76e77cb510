using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kpss.Host.UseCases.FindPersonalData;

/// <summary>The regional admin's desk for a person's data in the kraj (the route's kraj filters every module).</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class KrajPersonalDataModel(PersonalDataRegister register) : PersonalDataPage(register)
{
    public override string ScopeName => HttpContext.Kraj().Name;

    protected override Task<T> InScopeAsync<T>(Func<Task<T>> work) => work();
}
