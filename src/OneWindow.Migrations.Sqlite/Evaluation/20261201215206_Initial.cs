using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Evaluation
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ev_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WindowCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClerkUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SetAside = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_task_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_task_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClerkUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WindowCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RectifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CallbackContacted = table.Column<bool>(type: "INTEGER", nullable: true),
                    CallbackView = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CalledBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AppealReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StatusBeforeAppeal = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AppealDecision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ev_ratings_CaseNumber",
                table: "ev_ratings",
                column: "CaseNumber",
                unique: true,
                filter: "\"CaseNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ev_ratings_Day_CenterCode",
                table: "ev_ratings",
                columns: new[] { "Day", "CenterCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ev_ratings_TicketId",
                table: "ev_ratings",
                column: "TicketId",
                unique: true,
                filter: "\"TicketId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ev_task_events_TaskId_At",
                table: "ev_task_events",
                columns: new[] { "TaskId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ev_tasks_CreatedAt",
                table: "ev_tasks",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ev_tasks_RatingId",
                table: "ev_tasks",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ev_tasks_Status_DueOn",
                table: "ev_tasks",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ev_ratings");

            migrationBuilder.DropTable(
                name: "ev_task_events");

            migrationBuilder.DropTable(
                name: "ev_tasks");
        }
    }
}
