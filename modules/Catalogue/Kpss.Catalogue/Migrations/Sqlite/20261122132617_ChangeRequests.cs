using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_requests",
                schema: "catalogue");
        }
    }
}
