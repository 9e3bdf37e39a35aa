namespace OneWindow.SharedKernel.Security;

/// <summary>The roles of a service center. 甲方 is the bureau; the contractor's team (乙方) runs the hall.</summary>
public static class Roles
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string BureauSupervisor = nameof(BureauSupervisor);
    public const string ProjectManager = nameof(ProjectManager);
    public const string BusinessManager = nameof(BusinessManager);
    public const string WindowClerk = nameof(WindowClerk);
    public const string Guide = nameof(Guide);
    public const string HotlineAgent = nameof(HotlineAgent);
    public const string DepartmentReviewer = nameof(DepartmentReviewer);
    public const string HandlingUnitOfficer = nameof(HandlingUnitOfficer);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All =
    [
        SystemAdmin, BureauSupervisor, ProjectManager, BusinessManager, WindowClerk,
        Guide, HotlineAgent, DepartmentReviewer, HandlingUnitOfficer, Auditor,
    ];

    /// <summary>Who may change the organization (centers, halls, windows, departments, units).</summary>
    public const string OrganizationAdmins = SystemAdmin + "," + ProjectManager;

    /// <summary>Who may see personal data in full, after an audited reveal.</summary>
    public const string PersonalDataRevealers = SystemAdmin + "," + Auditor + "," + BureauSupervisor;
}

/// <summary>Claim types OneWindow adds to the principal.</summary>
public static class OneWindowClaims
{
    /// <summary>Code of the center whose subtree the user may see; one claim per root.</summary>
    public const string CenterScope = "ow:center";

    public const string DisplayName = "ow:display_name";

    /// <summary>Code of the approving department (审批部门) the user works for, when it belongs to one; at most one claim.</summary>
    public const string Department = "ow:department";
}

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string OrganizationAdmin = "org-admin";
    public const string UserAdmin = "user-admin";
    public const string AuditReader = "audit-reader";

    /// <summary>Maintains the service catalog (事项库): system administrators, the project and business managers.</summary>
    public const string CatalogAdmin = "catalog-admin";

    /// <summary>Issues and revokes licenses in the local electronic-license registry (电子证照): system administrators.</summary>
    public const string LicenseAdmin = "license-admin";

    /// <summary>Takes and dispatches 12345 work orders and records callbacks: hotline agents and the center's managers.</summary>
    public const string HotlineAgent = "hotline-agent";

    /// <summary>Acts on work orders as a handling unit (签收, reply, return, extension): unit officers and the agents' side.</summary>
    public const string HotlineUnit = "hotline-unit";

    /// <summary>Reviews returns and extensions, supervises (督办), reopens, keeps the ledger: the bureau and the managers.</summary>
    public const string HotlineSupervisor = "hotline-supervisor";

    /// <summary>Manages posts, staff, AB holders, rosters, leave, attendance and duty: administrators and the contractor's managers.</summary>
    public const string WorkforceAdmin = "workforce-admin";

    /// <summary>Reads the vacancy ledger (空岗台账) and today's uncovered posts: the bureau and the contractor's managers.</summary>
    public const string WorkforceSupervisor = "workforce-supervisor";

    /// <summary>Decides for 甲方 on the service contract: approves or rejects work errors, marks milestones met and paid, sets deduction rules.</summary>
    public const string ContractBureau = "contract-bureau";

    /// <summary>Records work errors (工作失误) against the service contract: the bureau and the contractor's managers.</summary>
    public const string ContractRecorder = "contract-recorder";

    /// <summary>Works 好差评 rectification tasks (verify, rectify, call back, close, appeal) and reads the rankings: the bureau, the managers and department officers.</summary>
    public const string EvaluationManager = "evaluation-manager";

    /// <summary>Decides appeals against 差评 (申诉): the bureau.</summary>
    public const string EvaluationBureau = "evaluation-bureau";

    /// <summary>Takes in cases at the window (一窗受理), hands them over and issues results (统一出件): clerks and the managers.</summary>
    public const string CaseClerk = "case-clerk";

    /// <summary>Reviews and decides cases for a department (授权审批): department reviewers and the managers.</summary>
    public const string CaseReviewer = "case-reviewer";

    /// <summary>Watches case deadlines, hand-overs and issuance across the center: the bureau and the managers.</summary>
    public const string CaseSupervisor = "case-supervisor";

    /// <summary>Keeps 帮办代办 and 跨域通办 records: helpers (guides), window clerks and the center's managers.</summary>
    public const string AssistanceStaff = "assistance-staff";
}
