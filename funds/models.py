"""The funds ledger: fundraising campaigns, income and spending.

Amounts are ``Decimal`` to the cent. Money in another currency keeps its original amount and the
euro value on the day, entered by hand; every total is a sum of euro values.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import get_translation_fields

from funds.choices import EURO, CampaignStatus, Channel, Currency, ExpenseCategory
from prisoners.models import Prisoner

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def money_field(verbose_name, **kwargs):
    return models.DecimalField(verbose_name, max_digits=12, decimal_places=2,
                               validators=[MinValueValidator(CENT)], **kwargs)


def money_sum(field):
    """SUM in PostgreSQL's exact numeric type; 0.00 rather than NULL over no rows."""
    output = models.DecimalField(max_digits=14, decimal_places=2)
    return Coalesce(Sum(field, output_field=output), Value(ZERO), output_field=output)


def _prisoner_is_public():
    # A correlated EXISTS looks up only the rows' own prisoners; "IN (public prisoners)" made
    # PostgreSQL build the whole public list first (40 ms at 70,000 public prisoners).
    return Exists(Prisoner.objects.public().filter(pk=OuterRef("prisoner_id")))


class CampaignQuerySet(models.QuerySet):
    def public(self):
        """Shown on the public site: marked public and, when it is for a prisoner, that prisoner
        is public. A campaign for someone unpublished would reveal that they exist."""
        return self.filter(Q(prisoner__isnull=True) | _prisoner_is_public(), is_public=True)

    def with_collected(self):
        """Annotate ``collected`` (euros, exact) and ``donation_count``."""
        return self.annotate(collected=money_sum("incomes__amount_eur"),
                             donation_count=Count("incomes"))


class Campaign(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True,
                            help_text=_("Part of the campaign page's address."))
    purpose = models.TextField(_("purpose"), blank=True,
                               help_text=_("What the money pays for, shown on the campaign page."))
    prisoner = models.ForeignKey(
        Prisoner, on_delete=models.PROTECT, null=True, blank=True, related_name="campaigns",
        verbose_name=_("prisoner"),
        help_text=_("The campaign appears publicly only while this prisoner is public."))
    target_amount = money_field(_("target (EUR)"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=CampaignStatus.choices,
                              default=CampaignStatus.OPEN)
    is_public = models.BooleanField(_("public"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-starts_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(target_amount__gt=0),
                                   name="campaign_target_positive"),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="campaign_ends_after_start"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("funds:campaign", kwargs={"slug": self.slug})

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign cannot end before it starts.")})


class MoneyMovement(models.Model):
    """What income and expenses share: a date and an exact amount, in euros or not."""

    date = models.DateField(_("date"))
    amount = money_field(_("amount"))
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices,
                                default=EURO)
    amount_eur = money_field(
        _("value in EUR"), blank=True,
        help_text=_("For another currency: the value in euros on that date. Leave empty for "
                    "euros."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.currency == EURO:
            self.amount_eur = self.amount
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.currency == EURO:
            if self.amount_eur is not None and self.amount_eur != self.amount:
                raise ValidationError({"amount_eur": _(
                    "For an amount in euros the value in EUR is the amount itself; leave it "
                    "empty.")})
            self.amount_eur = self.amount
        elif self.amount_eur is None:
            raise ValidationError({"amount_eur": _(
                "Enter the value in euros on the date of the payment.")})

def money_constraints(prefix):
    """Positive amounts, and an amount in euros is its own euro value."""
    return [
        models.CheckConstraint(condition=Q(amount__gt=0, amount_eur__gt=0),
                               name=f"{prefix}_amounts_positive"),
        models.CheckConstraint(condition=~Q(currency=EURO) | Q(amount_eur=models.F("amount")),
                               name=f"{prefix}_euro_value_is_amount"),
    ]


class IncomeQuerySet(models.QuerySet):
    def public(self):
        """Incomes that may be shown one by one: the donor agreed to be named, and the
        campaign is public. Every other income appears only inside totals."""
        return self.filter(donor_may_be_named=True, campaign__in=Campaign.objects.public()
                           ).exclude(donor_name="")


class Income(MoneyMovement):
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices,
                               default=Channel.BANK_TRANSFER)
    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="incomes", verbose_name=_("campaign"))
    donor_may_be_named = models.BooleanField(
        _("the donor agreed to be named publicly"), default=False)
    donor_name = models.CharField(
        _("donor name"), max_length=200, blank=True,
        help_text=_("Stored only with the donor's explicit consent to show it; otherwise leave "
                    "it empty."))
    note = models.TextField(_("internal note"), blank=True,
                            help_text=_("Bank reference, remarks. Never shown publicly."))

    objects = IncomeQuerySet.as_manager()

    class Meta:
        verbose_name = _("income")
        verbose_name_plural = _("income")
        ordering = ["-date", "-pk"]
        permissions = [("import_income", _("Can import income")),
                       ("export_income", _("Can export income"))]
        indexes = [models.Index(fields=["date"], name="income_date")]
        constraints = [
            *money_constraints("income"),
            models.CheckConstraint(condition=Q(donor_name="") | Q(donor_may_be_named=True),
                                   name="income_donor_named_only_with_consent"),
        ]

    def __str__(self):
        label = self.get_channel_display()
        return f"{self.date:%Y-%m-%d} · {self.amount} {self.currency} · {label}"

    def clean(self):
        super().clean()
        if self.donor_name.strip() and not self.donor_may_be_named:
            raise ValidationError({"donor_name": _(
                "A donor's name may be stored only with their consent to show it. Tick the "
                "consent box or leave the name empty.")})
        self.donor_name = self.donor_name.strip()


class ExpenseQuerySet(models.QuerySet):
    def public(self):
        """Expenses that may be listed one by one: with a public description, and about no
        prisoner or campaign that is not public. Every expense counts in the totals."""
        described = Q()
        for column in get_translation_fields("public_description"):
            # "> ''" is false for both NULL and the empty string.
            described |= Q(**{f"{column}__gt": ""})
        return self.filter(
            described,
            Q(prisoner__isnull=True) | _prisoner_is_public(),
            Q(campaign__isnull=True) | Q(campaign__in=Campaign.objects.public()),
        )


class Expense(MoneyMovement):
    category = models.CharField(_("category"), max_length=32, choices=ExpenseCategory.choices)
    prisoner = models.ForeignKey(Prisoner, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="expenses", verbose_name=_("prisoner"))
    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="expenses", verbose_name=_("campaign"))
    description = models.TextField(_("internal description"),
                                   help_text=_("What was paid, to whom. Never shown publicly."))
    public_description = models.CharField(
        _("public description"), max_length=300, blank=True,
        help_text=_("Optional line for the transparency page, such as \"First lawyer visit in "
                    "a pre-trial detention centre\". Shown only if the prisoner and campaign "
                    "are public."))

    objects = ExpenseQuerySet.as_manager()

    class Meta:
        verbose_name = _("expense")
        verbose_name_plural = _("expenses")
        ordering = ["-date", "-pk"]
        permissions = [("import_expense", _("Can import expenses")),
                       ("export_expense", _("Can export expenses"))]
        indexes = [models.Index(fields=["date", "category"], name="expense_date_category")]
        constraints = money_constraints("expense")

    def __str__(self):
        label = self.get_category_display()
        return f"{self.date:%Y-%m-%d} · {self.amount} {self.currency} · {label}"


class PaymentMethodQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_published=True)


class PaymentMethod(models.Model):
    """A way to donate, shown on the donation page (bank account, PayPal...)."""

    name = models.CharField(_("name"), max_length=120,
                            help_text=_("Such as Bank transfer (SEPA)."))
    details = models.TextField(
        _("details"),
        help_text=_("Account holder, IBAN, BIC, reference to use... One item per line."))
    link = models.URLField(_("link"), blank=True,
                           help_text=_("An https:// address of the payment page, if any."))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_published = models.BooleanField(_("published"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PaymentMethodQuerySet.as_manager()

    class Meta:
        verbose_name = _("payment method")
        verbose_name_plural = _("payment methods")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.link and not self.link.lower().startswith("https://"):
            raise ValidationError({"link": _("Use a secure address starting with https://.")})
