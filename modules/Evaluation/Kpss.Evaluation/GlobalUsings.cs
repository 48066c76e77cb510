// What nearly every file of the module uses: its own data, domain, words and shared pieces, the kernel, EF Core.
global using Kpss.Modules.Abstractions;
global using Kpss.Evaluation.Data;
global using Kpss.Evaluation.Domain;
global using Kpss.Evaluation.Messages;
global using Kpss.Evaluation.Shared;
global using Microsoft.EntityFrameworkCore;
// A plan's levels and sources of money are the Plans contract's: a round's records are items of a plan.
global using ItemLevel = Kpss.Plans.Contracts.ItemLevel;
global using FundingSource = Kpss.Plans.Contracts.FundingSource;
