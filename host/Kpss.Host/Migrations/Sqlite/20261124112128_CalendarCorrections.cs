using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CalendarCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_corrections",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    PluginId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DeadlineKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_calendar_corrections_kraje_KrajCode",
                        column: x => x.KrajCode,
                        principalSchema: "platform",
                        principalTable: "kraje",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_corrections_KrajCode_PluginId_DeadlineKey_Year",
                schema: "platform",
                table: "calendar_corrections",
                columns: new[] { "KrajCode", "PluginId", "DeadlineKey", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_corrections",
                schema: "platform");
        }
    }
}
