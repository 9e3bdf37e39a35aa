using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Assistance
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CounterpartRegion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CounterpartDepartment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    ApplicantPhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ForwardMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ExpressCompany = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TransmissionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ForwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResultDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReturnTracking = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_cross_region_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_cross_region_items",
                columns: table => new
                {
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_cross_region_items", x => new { x.ItemCode, x.Scope });
                });

            migrationBuilder.CreateTable(
                name: "as_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_help_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitorNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    VisitorPhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    GreenChannel = table.Column<bool>(type: "INTEGER", nullable: false),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WindowCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_help_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_proxy_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ApplicantNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    ApplicantIdEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ApplicantIdIndex = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ApplicantPhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProxyStaff = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ApplicantSignatureEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ApplicantSignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffSignature = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StaffSignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReturnSignatureEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ResultReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_as_proxy_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "as_proxy_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProxyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Original = table.Column<bool>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false)
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
