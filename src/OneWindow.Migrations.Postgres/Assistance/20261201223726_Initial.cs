using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Assistance
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "as_cross_region_dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scope = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    CounterpartRegion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CounterpartDepartment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantNameEncrypted = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    ApplicantPhoneEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ForwardMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ExpressCompany = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TransmissionReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ForwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ResultNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResultDocument = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ReturnTracking = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_cross_region_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_cross_region_items",
                columns: table => new
                {
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_cross_region_items", x => new { x.ItemCode, x.Scope });
                });

            migrationBuilder.CreateTable(
                name: "as_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_help_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HallCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StaffUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VisitorNameEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    VisitorPhoneEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Group = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    GreenChannel = table.Column<bool>(type: "boolean", nullable: false),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    TicketNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WindowCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_help_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_proxy_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApplicantNameEncrypted = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    ApplicantIdEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ApplicantIdIndex = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ApplicantPhoneEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProxyStaff = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ApplicantSignatureEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ApplicantSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffSignature = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StaffSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResultNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReturnSignatureEncrypted = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ResultReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_proxy_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_proxy_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProxyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Original = table.Column<bool>(type: "boolean", nullable: false),
                    Copies = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_proxy_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_as_proxy_materials_as_proxy_cases_ProxyId",
                        column: x => x.ProxyId,
                        principalTable: "as_proxy_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_as_cross_region_dossiers_CenterCode_AcceptedAt",
                table: "as_cross_region_dossiers",
                columns: new[] { "CenterCode", "AcceptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_as_cross_region_dossiers_IdempotencyKey",
                table: "as_cross_region_dossiers",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_as_cross_region_dossiers_Number",
                table: "as_cross_region_dossiers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_as_events_RecordId_At",
                table: "as_events",
                columns: new[] { "RecordId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_as_help_records_CenterCode_StartedAt",
                table: "as_help_records",
                columns: new[] { "CenterCode", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_as_help_records_IdempotencyKey",
                table: "as_help_records",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_as_help_records_Number",
                table: "as_help_records",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_as_proxy_cases_ApplicantIdIndex",
                table: "as_proxy_cases",
                column: "ApplicantIdIndex");

            migrationBuilder.CreateIndex(
                name: "IX_as_proxy_cases_CenterCode_CreatedAt",
                table: "as_proxy_cases",
                columns: new[] { "CenterCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_as_proxy_cases_IdempotencyKey",
                table: "as_proxy_cases",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_as_proxy_cases_Number",
                table: "as_proxy_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_as_proxy_materials_ProxyId_Seq",
                table: "as_proxy_materials",
                columns: new[] { "ProxyId", "Seq" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "as_cross_region_dossiers");

            migrationBuilder.DropTable(
                name: "as_cross_region_items");

            migrationBuilder.DropTable(
                name: "as_events");

            migrationBuilder.DropTable(
                name: "as_help_records");

            migrationBuilder.DropTable(
                name: "as_proxy_materials");

            migrationBuilder.DropTable(
                name: "as_proxy_cases");
        }
    }
}
