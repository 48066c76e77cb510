using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Evaluation.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "evaluation");

            migrationBuilder.CreateTable(
                name: "rounds",
                schema: "evaluation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourcePlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SourceEdition = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "records",
                schema: "evaluation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResponsibleIco = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FilledOnBehalf = table.Column<bool>(type: "INTEGER", nullable: false),
                    FilledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_records_rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluation",
                        principalTable: "rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_indicators",
                schema: "evaluation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reached = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_record_indicators_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "evaluation",
                        principalTable: "records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_money",
                schema: "evaluation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_money", x => x.Id);
                    table.ForeignKey(
                        name: "FK_record_money_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "evaluation",
                        principalTable: "records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_network_changes",
                schema: "evaluation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Paragraph = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrpCsuCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Staff = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    RealCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    RealStaff = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_network_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_record_network_changes_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "evaluation",
                        principalTable: "records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_record_indicators_RecordId_Key",
                schema: "evaluation",
                table: "record_indicators",
                columns: new[] { "RecordId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_money_RecordId_Source",
                schema: "evaluation",
                table: "record_money",
                columns: new[] { "RecordId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_network_changes_RecordId_Order",
                schema: "evaluation",
                table: "record_network_changes",
                columns: new[] { "RecordId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_records_RoundId_Code",
                schema: "evaluation",
                table: "records",
                columns: new[] { "RoundId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rounds_KrajCode_PlanId_Year",
                schema: "evaluation",
                table: "rounds",
                columns: new[] { "KrajCode", "PlanId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_indicators",
                schema: "evaluation");

            migrationBuilder.DropTable(
                name: "record_money",
                schema: "evaluation");

            migrationBuilder.DropTable(
                name: "record_network_changes",
                schema: "evaluation");

            migrationBuilder.DropTable(
                name: "records",
                schema: "evaluation");

            migrationBuilder.DropTable(
                name: "rounds",
                schema: "evaluation");
        }
    }
}
