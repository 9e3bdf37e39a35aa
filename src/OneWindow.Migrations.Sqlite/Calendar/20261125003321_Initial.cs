using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Calendar
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cal_center_overrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsWorkday = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_center_overrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cal_hall_schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_hall_schedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cal_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "cal_hall_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Days = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_hall_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cal_hall_periods_cal_hall_schedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "cal_hall_schedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cal_dates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsWorkday = table.Column<bool>(type: "INTEGER", nullable: false),
                    Holiday = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cal_dates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cal_dates_cal_years_Year",
                        column: x => x.Year,
                        principalTable: "cal_years",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cal_center_overrides_CenterCode_Date",
                table: "cal_center_overrides",
                columns: new[] { "CenterCode", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cal_dates_Date",
                table: "cal_dates",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cal_dates_Year",
                table: "cal_dates",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_cal_hall_periods_ScheduleId",
                table: "cal_hall_periods",
                column: "ScheduleId");

            migrationBuilder.CreateIndex(
                name: "IX_cal_hall_schedules_HallCode_EffectiveFrom",
                table: "cal_hall_schedules",
                columns: new[] { "HallCode", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cal_center_overrides");

            migrationBuilder.DropTable(
                name: "cal_dates");

            migrationBuilder.DropTable(
                name: "cal_hall_periods");

            migrationBuilder.DropTable(
                name: "cal_years");

            migrationBuilder.DropTable(
                name: "cal_hall_schedules");
        }
    }
}
