using System.Xml.Linq;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Hilma.Parsing;

namespace ProcurementInsight.Hilma.Tests.Parsing;

public sealed class EFormsValuesTests
{
    [Fact]
    public void Instant_DateAndTimeWithOffsets_UsesTheTimeOffset()
    {
        var (date, time) = ("2024-08-29+02:00", "20:39:51+03:00");

        var instant = EFormsValues.Instant(date, time);

        Assert.Equal(new DateTimeOffset(2024, 8, 29, 20, 39, 51, TimeSpan.FromHours(3)), instant);
        Assert.Equal(TimeSpan.FromHours(3), instant!.Value.Offset);
    }

    [Fact]
    public void Instant_ZuluDateAndTime_IsUtc()
    {
        var (date, time) = ("2020-11-26Z", "15:12:24Z");

        var instant = EFormsValues.Instant(date, time);

        Assert.Equal(new DateTimeOffset(2020, 11, 26, 15, 12, 24, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Instant_DateOnlyWithOffset_IsMidnightAtThatOffset()
    {
        var date = "2024-09-02+02:00";

        var instant = EFormsValues.Instant(date, null);

        Assert.Equal(new DateTimeOffset(2024, 9, 2, 0, 0, 0, TimeSpan.FromHours(2)), instant);
    }

    [Fact]
    public void Instant_NoOffsetAnywhere_IsTakenAsUtc()
    {
        var (date, time) = ("2024-09-02", "10:30:00");

        var instant = EFormsValues.Instant(date, time);

        Assert.Equal(new DateTimeOffset(2024, 9, 2, 10, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Instant_NegativeOffsetAndFraction_AreRead()
    {
        var (date, time) = ("2024-01-05-05:00", "08:00:00.250-05:00");

        var instant = EFormsValues.Instant(date, time);

        Assert.Equal(new DateTimeOffset(2024, 1, 5, 8, 0, 0, 250, TimeSpan.FromHours(-5)), instant);
    }

    [Theory]
    [InlineData("2024-13-01", null)]
    [InlineData("20240101", null)]
    [InlineData("2024-01-01+2:00", null)]
    [InlineData("2024-01-01+15:00", null)]
    [InlineData("2024-01-01", "25:00:00")]
    [InlineData("0001-01-01+14:00", null)]
    [InlineData("9999-12-31-14:00", "23:59:59-14:00")]
    [InlineData(null, "10:00:00")]
    public void Instant_InvalidOrOutOfRange_IsNull(string? date, string? time)
    {
        var input = (date, time);

        var instant = EFormsValues.Instant(input.date, input.time);

        Assert.Null(instant);
    }

    [Fact]
    public void Money_AmountWithCurrency_IsRead()
    {
        var element = new XElement("Amount", new XAttribute("currencyID", "eur"), " 737608.41 ");

        var money = EFormsValues.Money(element);

        Assert.Equal(new Money(737608.41m, "EUR"), money);
    }

    [Theory]
    [InlineData("1,5", "EUR")]
    [InlineData("abc", "EUR")]
    [InlineData("1e40", "EUR")]
    [InlineData("100", null)]
    public void Money_NotANumberOrNoCurrency_IsNull(string amount, string? currency)
    {
        var element = new XElement("Amount", amount);
        if (currency is not null)
        {
            element.SetAttributeValue("currencyID", currency);
        }

        var money = EFormsValues.Money(element);

        Assert.Null(money);
    }

    [Fact]
    public void Text_ElementWithChildElements_ReadsOnlyItsOwnText()
    {
        var element = new XElement("Name", " Oma ", new XElement("Child", "lapsen"), "teksti ");

        var text = EFormsValues.Text(element);

        Assert.Equal("Oma teksti", text);
    }
}
