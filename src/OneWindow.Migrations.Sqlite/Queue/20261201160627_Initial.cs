using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Queue
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "queue_counters",
                columns: table => new
                {
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_counters", x => new { x.HallCode, x.ServiceDay, x.Prefix });
                });

            migrationBuilder.CreateTable(
                name: "queue_tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WindowCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TargetWindow = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CalledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Recalls = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedWaitMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    AheadAtIssue = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransferredFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppointmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SlotStart = table.Column<long>(type: "INTEGER", nullable: true),
                    SlotEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_tickets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_queue_tickets_active_window",
                table: "queue_tickets",
                columns: new[] { "HallCode", "WindowCode" },
                unique: true,
                filter: "\"Status\" IN ('Called', 'Serving')");

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_HallCode_Category_EndedAt",
                table: "queue_tickets",
                columns: new[] { "HallCode", "Category", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_HallCode_IdempotencyKey",
                table: "queue_tickets",
                columns: new[] { "HallCode", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_HallCode_IssuedAt",
                table: "queue_tickets",
                columns: new[] { "HallCode", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_HallCode_ServiceDay_Status_Category_Priority_IssuedAt",
                table: "queue_tickets",
                columns: new[] { "HallCode", "ServiceDay", "Status", "Category", "Priority", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_HallCode_ServiceDay_Status_SlotStart",
                table: "queue_tickets",
                columns: new[] { "HallCode", "ServiceDay", "Status", "SlotStart" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_tickets_HallCode_ServiceDay_Status_TargetWindow",
                table: "queue_tickets",
                columns: new[] { "HallCode", "ServiceDay", "Status", "TargetWindow" });

            migrationBuilder.CreateIndex(
                name: "ix_queue_tickets_number",
                table: "queue_tickets",
                columns: new[] { "HallCode", "ServiceDay", "Prefix", "Number" },
                unique: true,
                filter: "\"TransferredFromId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "queue_counters");

            migrationBuilder.DropTable(
                name: "queue_tickets");
        }
    }
}
