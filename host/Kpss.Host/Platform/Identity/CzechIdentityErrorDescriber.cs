using Microsoft.AspNetCore.Identity;

namespace Kpss.Host.Platform.Identity;

/// <summary>Identity's validation messages in Czech.</summary>
internal sealed class CzechIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Došlo k neznámé chybě.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Účet mezitím změnil někdo jiný. Zkuste to prosím znovu.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Heslo není správné.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Odkaz pro obnovení hesla je neplatný nebo vypršel. Požádejte o nový.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "Tento externí účet už je přiřazen jinému uživateli.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Uživatelské jméno „{userName}“ není platné.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"E-mailová adresa „{email}“ není platná.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Účet „{userName}“ už existuje.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Účet s adresou „{email}“ už existuje.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "Uživatel už heslo má.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Pro tohoto uživatele není zamykání účtu zapnuto.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Heslo musí mít alespoň {length} znaků.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Heslo musí obsahovat alespoň {uniqueChars} různých znaků.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Heslo musí obsahovat alespoň jeden znak, který není písmeno ani číslice.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Heslo musí obsahovat alespoň jednu číslici.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Heslo musí obsahovat alespoň jedno malé písmeno.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Heslo musí obsahovat alespoň jedno velké písmeno.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Záložní kód není platný.");
}
