using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Appointments
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appt_appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SlotId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    NameEncrypted = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PhoneIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BookedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appt_appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appt_slots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Booked = table.Column<int>(type: "integer", nullable: false),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    Label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appt_slots", x => x.Id);
                    table.CheckConstraint("ck_appt_slots_booked", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\"");
                });

            migrationBuilder.CreateTable(
                name: "appt_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HallCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Days = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    Label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appt_templates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appt_appointments_Code",
                table: "appt_appointments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appt_appointments_Date_Status",
                table: "appt_appointments",
                columns: new[] { "Date", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_appt_appointments_HallCode_Date",
                table: "appt_appointments",
                columns: new[] { "HallCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "ix_appt_appointments_live_per_slot",
                table: "appt_appointments",
                columns: new[] { "SlotId", "PhoneIndex" },
                unique: true,
                filter: "\"Status\" IN ('Booked', 'CheckedIn')");

            migrationBuilder.CreateIndex(
                name: "IX_appt_appointments_PhoneIndex_Status_Date",
                table: "appt_appointments",
                columns: new[] { "PhoneIndex", "Status", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_appt_slots_HallCode_Date_Category",
                table: "appt_slots",
                columns: new[] { "HallCode", "Date", "Category" });

            migrationBuilder.CreateIndex(
                name: "ix_appt_slots_template_slot",
                table: "appt_slots",
                columns: new[] { "TemplateId", "Date", "Start" },
                unique: true,
                filter: "\"TemplateId\" IS NOT NULL AND NOT \"Cancelled\"");

            migrationBuilder.CreateIndex(
                name: "IX_appt_templates_HallCode_Active",
                table: "appt_templates",
                columns: new[] { "HallCode", "Active" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appt_appointments");

            migrationBuilder.DropTable(
                name: "appt_slots");

            migrationBuilder.DropTable(
                name: "appt_templates");
        }
    }
}
