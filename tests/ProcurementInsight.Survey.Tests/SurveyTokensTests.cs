using Microsoft.Extensions.Options;

namespace ProcurementInsight.Survey.Tests;

public sealed class SurveyTokensTests
{
    private const string Id = "0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void VerifyLinkToken_GenuineToken_ReturnsInvitationId()
    {
        var tokens = Tokens(1);

        var token = tokens.LinkToken(Id);

        Assert.Equal(43, token.Length);
        Assert.Equal(Id, tokens.VerifyLinkToken(token));
    }

    [Fact]
    public void VerifyLinkToken_AnyCharacterChanged_IsRejected()
    {
        var tokens = Tokens(1);
        var token = tokens.LinkToken(Id);

        for (var i = 0; i < token.Length; i++)
        {
            var forged = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];

            Assert.Null(tokens.VerifyLinkToken(forged));
        }
    }

    [Fact]
    public void VerifyLinkToken_LastCharacterSwappedForOneWithTheSameDataBits_IsRejected()
    {
        // 32 bytes fill 43 base64url characters with 2 bits to spare: the last character's low two bits are
        // padding, so three other characters decode to the same bytes. Only the canonical spelling may open.
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var tokens = Tokens(1);
        var token = tokens.LinkToken(Id);
        var index = Alphabet.IndexOf(token[^1], StringComparison.Ordinal);
        var variants = Enumerable.Range(index & ~3, 4).Where(i => i != index).Select(i => token[..^1] + Alphabet[i]).ToList();

        var accepted = variants.Where(v => tokens.VerifyLinkToken(v) is not null).ToList();

        Assert.Equal(3, variants.Count);
        Assert.Empty(accepted);
        Assert.Equal(Id, tokens.VerifyLinkToken(token));
    }

    [Fact]
    public void VerifyLinkToken_SignedWithAnotherKeyOrMalformed_IsRejected()
    {
        var token = Tokens(2).LinkToken(Id);

        Assert.Null(Tokens(1).VerifyLinkToken(token));
        Assert.Null(Tokens(1).VerifyLinkToken(token + "A"));
        Assert.Null(Tokens(1).VerifyLinkToken("%2e%2e%2f" + token[9..]));
        Assert.Null(Tokens(1).VerifyLinkToken(null));
    }

    [Fact]
    public void VerifyFormToken_WithinLifetimeForSameInvitation_OnlyThenAccepted()
    {
        var tokens = Tokens(1);
        var token = tokens.FormToken(Id, Now);

        Assert.True(tokens.VerifyFormToken(Id, token, Now + TimeSpan.FromHours(23), TimeSpan.FromDays(1)));
        Assert.False(tokens.VerifyFormToken(Id, token, Now + TimeSpan.FromHours(25), TimeSpan.FromDays(1)));
        Assert.False(tokens.VerifyFormToken("fedcba9876543210fedcba9876543210", token, Now, TimeSpan.FromDays(1)));
        Assert.False(Tokens(2).VerifyFormToken(Id, token, Now, TimeSpan.FromDays(1)));
    }

    private static SurveyTokens Tokens(byte seed) =>
        new(Options.Create(new SurveyOptions { TokenSigningKey = Convert.ToBase64String(Enumerable.Range(seed, 32).Select(i => (byte)i).ToArray()) }));
}
