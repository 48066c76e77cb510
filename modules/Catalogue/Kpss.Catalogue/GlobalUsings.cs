global using Kpss.Catalogue.Contracts;
