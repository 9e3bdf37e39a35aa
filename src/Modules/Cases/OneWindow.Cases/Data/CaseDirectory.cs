using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWindow.Cases.Contracts;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Cases.Data;

/// <summary>Cases as other modules see them (evaluation from a receipt's QR, reports).</summary>
internal sealed class CaseDirectory(CasesDbContext db, PersonalDataProtector protector) : ICaseDirectory
{
    public async Task<CaseSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Summary(await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken));

    public async Task<CaseSummary?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(number) ? null : Summary(await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number.Trim(), cancellationToken));

    public async Task<bool> PhoneEndsWithAsync(string number, string lastFour, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(number) || lastFour is not { Length: 4 } || !lastFour.All(char.IsAsciiDigit))
        {
            return false;
        }

        var stored = await db.Cases.AsNoTracking().Where(c => c.Number == number.Trim()).Select(c => c.ApplicantPhoneEncrypted).FirstOrDefaultAsync(cancellationToken);
        var phone = protector.Decrypt(stored);
        if (phone is not { Length: >= 4 })
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(phone[^4..]), Encoding.ASCII.GetBytes(lastFour));
    }

    private static CaseSummary? Summary(Case? c) => c is null ? null : new CaseSummary(
        c.Id,
        c.Number,
        EnumParsing.ToWire(c.Status),
        c.ItemCode,
        c.BundleCode,
        c.Title,
        c.DepartmentCode,
        c.CenterCode,
        c.HallCode,
        c.WindowCode,
        c.ClerkUserName,
        c.CreatedAt,
        c.Deadline,
        c.IssuedAt);
}
