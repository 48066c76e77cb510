// What nearly every file of the module uses: its own data, domain and shared pieces, the kernel, EF Core.
global using Kpss.Modules.Abstractions;
global using Kpss.Plans.Data;
global using Kpss.Plans.Domain;
global using Kpss.Plans.Messages;
global using Kpss.Plans.Shared;
global using Microsoft.EntityFrameworkCore;
// The kinds, levels, sources of money and validity are the contract's (Kpss.Plans.Contracts), the one set other modules see.
global using PlanKind = Kpss.Plans.Contracts.PlanKind;
global using ItemLevel = Kpss.Plans.Contracts.ItemLevel;
global using FundingSource = Kpss.Plans.Contracts.FundingSource;
global using PlanValidity = Kpss.Plans.Contracts.PlanValidity;
