using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Meetings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "meetings");

            migrationBuilder.CreateTable(
                name: "people",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "processes",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AreaKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrpCsuCode = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProjectRegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Implementer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "groups",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommunicationRules = table.Column<string>(type: "TEXT", nullable: true),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_processes_ProcessId",
                        column: x => x.ProcessId,
                        principalSchema: "meetings",
                        principalTable: "processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BarrierFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    OrganizerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganizerEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "meetings",
                        principalTable: "groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_memberships_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "meetings",
                        principalTable: "groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_memberships_people_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "meetings",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Presenter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agenda_items_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_invitations_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "minutes",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Proceedings = table.Column<string>(type: "TEXT", nullable: false),
                    Outputs = table.Column<string>(type: "TEXT", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
                    Recorder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_minutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_minutes_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KrajCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    MinutesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tasks_minutes_MinutesId",
                        column: x => x.MinutesId,
                        principalSchema: "meetings",
                        principalTable: "minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId",
                schema: "meetings",
                table: "agenda_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_CalendarToken",
                schema: "meetings",
                table: "groups",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_groups_KrajCode_ProcessId",
                schema: "meetings",
                table: "groups",
                columns: new[] { "KrajCode", "ProcessId" });

            migrationBuilder.CreateIndex(
                name: "IX_groups_ProcessId",
                schema: "meetings",
                table: "groups",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_MeetingId",
                schema: "meetings",
                table: "invitations",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_PersonId",
                schema: "meetings",
                table: "invitations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_GroupId_StartUtc",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "GroupId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_KrajCode_StartUtc",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "KrajCode", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_Uid",
                schema: "meetings",
                table: "meetings",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_memberships_GroupId_PersonId",
                schema: "meetings",
                table: "memberships",
                columns: new[] { "GroupId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_memberships_PersonId",
                schema: "meetings",
                table: "memberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_minutes_MeetingId",
                schema: "meetings",
                table: "minutes",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_CalendarToken",
                schema: "meetings",
                table: "people",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_KrajCode_Email",
                schema: "meetings",
                table: "people",
                columns: new[] { "KrajCode", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_processes_KrajCode",
                schema: "meetings",
                table: "processes",
                column: "KrajCode");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_MinutesId",
                schema: "meetings",
                table: "tasks",
                column: "MinutesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "memberships",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "people",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "minutes",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "groups",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "processes",
                schema: "meetings");
        }
    }
}
