using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Workforce
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_assessment_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    Assessor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_assessment_scores", x => x.Id);
                    table.CheckConstraint("ck_wf_assessment_scores_quarter", "\"Quarter\" >= 1 AND \"Quarter\" <= 4");
                    table.ForeignKey(
                        name: "FK_wf_assessment_scores_wf_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "wf_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_training_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_training_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_assessment_score_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScoreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    Assessor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_assessment_score_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_assessment_score_history_wf_assessment_scores_ScoreId",
                        column: x => x.ScoreId,
                        principalTable: "wf_assessment_scores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_training_plan_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Form = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Targets = table.Column<List<string>>(type: "text[]", nullable: false),
                    PlannedHours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    PlannedSessions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_training_plan_items", x => x.Id);
                    table.CheckConstraint("ck_wf_training_plan_items_sessions", "\"PlannedSessions\" >= 1");
                    table.ForeignKey(
                        name: "FK_wf_training_plan_items_wf_training_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "wf_training_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_training_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Form = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Trainer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_training_sessions", x => x.Id);
                    table.CheckConstraint("ck_wf_training_sessions_time", "\"End\" > \"Start\"");
                    table.ForeignKey(
                        name: "FK_wf_training_sessions_wf_training_plan_items_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "wf_training_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "wf_training_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MarkedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_training_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_training_attendance_wf_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "wf_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_wf_training_attendance_wf_training_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "wf_training_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_training_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredAs = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_training_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_training_materials_wf_training_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "wf_training_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_assessment_score_history_ScoreId",
                table: "wf_assessment_score_history",
                column: "ScoreId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_assessment_scores_StaffId_Year_Quarter_Kind",
                table: "wf_assessment_scores",
                columns: new[] { "StaffId", "Year", "Quarter", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_assessment_scores_Year_Quarter",
                table: "wf_assessment_scores",
                columns: new[] { "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_attendance_SessionId_StaffId",
                table: "wf_training_attendance",
                columns: new[] { "SessionId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_attendance_StaffId",
                table: "wf_training_attendance",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_materials_SessionId",
                table: "wf_training_materials",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_plan_items_PlanId",
                table: "wf_training_plan_items",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_plans_CenterCode_Year",
                table: "wf_training_plans",
                columns: new[] { "CenterCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_sessions_CenterCode_Date",
                table: "wf_training_sessions",
                columns: new[] { "CenterCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_sessions_IdempotencyKey",
                table: "wf_training_sessions",
                column: "IdempotencyKey",
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_training_sessions_PlanItemId",
                table: "wf_training_sessions",
                column: "PlanItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_assessment_score_history");

            migrationBuilder.DropTable(
                name: "wf_training_attendance");

            migrationBuilder.DropTable(
                name: "wf_training_materials");

            migrationBuilder.DropTable(
                name: "wf_assessment_scores");

            migrationBuilder.DropTable(
                name: "wf_training_sessions");

            migrationBuilder.DropTable(
                name: "wf_training_plan_items");

            migrationBuilder.DropTable(
                name: "wf_training_plans");
        }
    }
}
