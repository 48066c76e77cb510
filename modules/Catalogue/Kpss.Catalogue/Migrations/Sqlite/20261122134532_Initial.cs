using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalogue");

            migrationBuilder.CreateTable(
                name: "providers",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Ico = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalForm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Seat = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StatutoryBody = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Web = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tokens",
                schema: "catalogue",
                columns: table => new
                {
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Token = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tokens", x => x.KrajCode);
                });

            migrationBuilder.CreateTable(
                name: "services",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisterId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    KindParagraph = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Forms = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AgeFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeTo = table.Column<int>(type: "INTEGER", nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrpCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Territory = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_providers_ProviderId",
                        column: x => x.ProviderId,
                        principalSchema: "catalogue",
                        principalTable: "providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "capacities",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacities_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "catalogue",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "change_requests",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TargetGroups = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Web = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_requests_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "catalogue",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "facilities",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Obec = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrpCsuCode = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_facilities_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "catalogue",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "network_entries",
                schema: "catalogue",
                columns: table => new
                {
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InNetwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    Part = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    CapacityUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_entries", x => new { x.KrajCode, x.ServiceId });
                    table.ForeignKey(
                        name: "FK_network_entries_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "catalogue",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_history",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_history_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "catalogue",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_capacities_ServiceId",
                schema: "catalogue",
                table: "capacities",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_change_requests_KrajCode_Status",
                schema: "catalogue",
                table: "change_requests",
                columns: new[] { "KrajCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_change_requests_ServiceId",
                schema: "catalogue",
                table: "change_requests",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_facilities_ServiceId",
                schema: "catalogue",
                table: "facilities",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_network_entries_ServiceId",
                schema: "catalogue",
                table: "network_entries",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_providers_Ico",
                schema: "catalogue",
                table: "providers",
                column: "Ico",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_providers_KrajCode",
                schema: "catalogue",
                table: "providers",
                column: "KrajCode");

            migrationBuilder.CreateIndex(
                name: "IX_service_history_ServiceId_AtUtc",
                schema: "catalogue",
                table: "service_history",
                columns: new[] { "ServiceId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_services_KrajCode_KindParagraph",
                schema: "catalogue",
                table: "services",
                columns: new[] { "KrajCode", "KindParagraph" });

            migrationBuilder.CreateIndex(
                name: "IX_services_KrajCode_SortKey",
                schema: "catalogue",
                table: "services",
                columns: new[] { "KrajCode", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_services_ProviderId",
                schema: "catalogue",
                table: "services",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_services_RegisterId",
                schema: "catalogue",
                table: "services",
                column: "RegisterId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacities",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "change_requests",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "facilities",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "network_entries",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "service_history",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "tokens",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "services",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "providers",
                schema: "catalogue");
        }
    }
}
