using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Cases
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cs_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WindowCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClerkUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BundleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CatalogVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PromisedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ApplicantNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicantIdType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ApplicantIdEncrypted = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicantIdIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApplicantPhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicantPhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApplicantAddressEncrypted = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LegalRepresentativeEncrypted = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedWorkdays = table.Column<int>(type: "INTEGER", nullable: false),
                    Warning = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HandoverBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResultReadyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssueMethod = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PickupSigner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExpressCompany = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DeliveryStatus = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cs_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cs_counters",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cs_counters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "cs_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cs_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cs_handover_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FlaggedUnreceived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cs_handover_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cs_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tolerable = table.Column<bool>(type: "INTEGER", nullable: false),
                    LicenseAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LicenseReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Promise = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cs_materials", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_ApplicantIdIndex",
                table: "cs_cases",
                column: "ApplicantIdIndex");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_CenterCode_CreatedAt",
                table: "cs_cases",
                columns: new[] { "CenterCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_CenterCode_Status_CreatedAt",
                table: "cs_cases",
                columns: new[] { "CenterCode", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_DepartmentCode_Status_Deadline",
                table: "cs_cases",
                columns: new[] { "DepartmentCode", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_HandoverBatchId",
                table: "cs_cases",
                column: "HandoverBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_IdempotencyKey",
                table: "cs_cases",
                column: "IdempotencyKey",
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_IssuedAt_IssueMethod_DepartmentCode",
                table: "cs_cases",
                columns: new[] { "IssuedAt", "IssueMethod", "DepartmentCode" },
                filter: "\"IssuedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_ItemCode_CreatedAt",
                table: "cs_cases",
                columns: new[] { "ItemCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_Number",
                table: "cs_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_Status_Deadline",
                table: "cs_cases",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_events_CaseId_At",
                table: "cs_events",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_handover_batches_CenterCode_SentAt",
                table: "cs_handover_batches",
                columns: new[] { "CenterCode", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_handover_batches_DepartmentCode_ReceivedAt",
                table: "cs_handover_batches",
                columns: new[] { "DepartmentCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_handover_batches_Number",
                table: "cs_handover_batches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cs_materials_CaseId_Position",
                table: "cs_materials",
                columns: new[] { "CaseId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cs_cases");

            migrationBuilder.DropTable(
                name: "cs_counters");

            migrationBuilder.DropTable(
                name: "cs_events");

            migrationBuilder.DropTable(
                name: "cs_handover_batches");

            migrationBuilder.DropTable(
                name: "cs_materials");
        }
    }
}
