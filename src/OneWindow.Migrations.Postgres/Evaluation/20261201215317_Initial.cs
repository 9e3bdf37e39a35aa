using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Evaluation
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Tags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    TicketNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HallCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WindowCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClerkUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DepartmentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SetAside = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_task_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_task_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClerkUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DepartmentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HallCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WindowCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RectifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CallbackContacted = table.Column<bool>(type: "boolean", nullable: true),
                    CallbackView = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CalledBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppealReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealEvidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StatusBeforeAppeal = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AppealDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
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
