using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.MySql
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    KrajCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ServiceId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Part = table.Column<string>(type: "varchar(50)", maxLength: 50, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Capacity = table.Column<int>(type: "int", nullable: true),
                    CapacityUnit = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Fte = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

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
            migrationBuilder.Sql(@"INSERT INTO catalogue_network_periods (`KrajCode`, `ServiceId`, `From`, `To`, `Part`, `Capacity`, `CapacityUnit`, `Fte`) SELECT n.`KrajCode`, n.`ServiceId`, s.`ValidFrom`, NULL, n.`Part`, n.`Capacity`, n.`CapacityUnit`, n.`Fte` FROM catalogue_network_entries n JOIN catalogue_services s ON s.`Id` = n.`ServiceId` WHERE n.`InNetwork`");
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
