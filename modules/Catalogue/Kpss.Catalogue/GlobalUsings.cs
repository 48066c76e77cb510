// What nearly every file of the module uses: its contracts, data, domain and shared pieces, the kernel, EF Core.
global using Kpss.Catalogue.Contracts;
global using Kpss.Catalogue.Data;
global using Kpss.Catalogue.Domain;
global using Kpss.Catalogue.Shared;
global using Kpss.Modules.Abstractions;
global using Microsoft.EntityFrameworkCore;
global using Kpss.Catalogue.Messages;
