using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Hotline
{
    /// <inheritdoc />
    public partial class AddHotline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hl_categories",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Sort = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ToStreet = table.Column<bool>(type: "boolean", nullable: false),
                    LimitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "hl_counters",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_counters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "hl_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hl_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    VerificationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredAs = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hl_limits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResponseAmount = table.Column<int>(type: "integer", nullable: false),
                    ResponseUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HandleAmount = table.Column<int>(type: "integer", nullable: false),
                    HandleUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_limits", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "hl_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CallerNameEncrypted = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CallerPhoneEncrypted = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CallerPhoneIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CallerAddressEncrypted = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TopCategoryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StreetCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusBeforeReturn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LimitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RespondBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Extension = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReplyContent = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReplySolved = table.Column<bool>(type: "boolean", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAtIntake = table.Column<bool>(type: "boolean", nullable: false),
                    KnowledgeCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CallbackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CallbackValid = table.Column<bool>(type: "boolean", nullable: true),
                    CallbackContacted = table.Column<bool>(type: "boolean", nullable: true),
                    CallbackSolved = table.Column<bool>(type: "boolean", nullable: true),
                    CallbackSatisfaction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SupervisionLevel = table.Column<int>(type: "integer", nullable: false),
                    OnLedger = table.Column<bool>(type: "boolean", nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hl_verifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hl_verifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hl_events_OrderId_At",
                table: "hl_events",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_hl_files_OrderId",
                table: "hl_files",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "ix_hl_orders_assessment",
                table: "hl_orders",
                columns: new[] { "CallbackAt", "UnitCode", "CallbackValid", "CallbackContacted", "CallbackSolved", "CallbackSatisfaction" },
                filter: "\"CallbackAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_CallerPhoneIndex_CreatedAt",
                table: "hl_orders",
                columns: new[] { "CallerPhoneIndex", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_CreatedAt",
                table: "hl_orders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_IdempotencyKey",
                table: "hl_orders",
                column: "IdempotencyKey",
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_Number",
                table: "hl_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_OnLedger_NextFollowUpOn",
                table: "hl_orders",
                columns: new[] { "OnLedger", "NextFollowUpOn" },
                filter: "\"OnLedger\"");

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_Status_DueAt",
                table: "hl_orders",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_SupervisionLevel_Status",
                table: "hl_orders",
                columns: new[] { "SupervisionLevel", "Status" },
                filter: "\"SupervisionLevel\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_hl_orders_UnitCode_Status_DueAt",
                table: "hl_orders",
                columns: new[] { "UnitCode", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hl_verifications_OrderId",
                table: "hl_verifications",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hl_categories");

            migrationBuilder.DropTable(
                name: "hl_counters");

            migrationBuilder.DropTable(
                name: "hl_events");

            migrationBuilder.DropTable(
                name: "hl_files");

            migrationBuilder.DropTable(
                name: "hl_limits");

            migrationBuilder.DropTable(
                name: "hl_orders");

            migrationBuilder.DropTable(
                name: "hl_verifications");
        }
    }
}
