// What nearly every file of the module uses: its own data, domain and shared pieces, the kernel, EF Core.
global using Kpss.Modules.Abstractions;
global using Kpss.Plans.Data;
global using Kpss.Plans.Domain;
global using Kpss.Plans.Messages;
global using Kpss.Plans.Shared;
global using Microsoft.EntityFrameworkCore;
