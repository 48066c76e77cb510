using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kpss.Host.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KrajCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    PluginId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DeadlineKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
