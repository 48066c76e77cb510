using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kpss.Catalogue.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NetworkHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "network_periods",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KrajCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Part = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    CapacityUnit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Fte = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_periods_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "catalogue",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_network_periods_KrajCode_From",
                schema: "catalogue",
                table: "network_periods",
                columns: new[] { "KrajCode", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_network_periods_ServiceId_From",
                schema: "catalogue",
                table: "network_periods",
                columns: new[] { "ServiceId", "From" });

            // The network as it stands becomes its history's first spells: from the day each service was registered (the
            // day it entered the network is not known; the catalogue kept only the latest state until now).
            migrationBuilder.Sql(@"INSERT INTO catalogue.network_periods (""KrajCode"", ""ServiceId"", ""From"", ""To"", ""Part"", ""Capacity"", ""CapacityUnit"", ""Fte"") SELECT n.""KrajCode"", n.""ServiceId"", s.""ValidFrom"", NULL, n.""Part"", n.""Capacity"", n.""CapacityUnit"", n.""Fte"" FROM catalogue.network_entries n JOIN catalogue.services s ON s.""Id"" = n.""ServiceId"" WHERE n.""InNetwork""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_periods",
                schema: "catalogue");
        }
    }
}
