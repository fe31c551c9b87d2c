"""Spreadsheet import and export of the ledger (django-import-export), for the Finance group.

Fields are listed explicitly; every row is validated like an admin form (``full_clean``); one
bad row refuses the whole file, and every error names its row and column in plain words.
"""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from funds.models import Campaign, Expense, Income
from prisoners.models import Prisoner

# A spreadsheet evaluates a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class MoneyWidget(widgets.Widget):
    """Amounts such as 4700, 4700.00 or 45.5; refuses anything else with a readable reason."""

    def clean(self, value, row=None, **kwargs):
        text = str(value if value is not None else "").strip()
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(_("“%(value)s” is not an amount: write it like 4700.00, with a dot "
                               "before the cents and no currency sign or spaces.")
                             % {"value": text}) from None
        if not amount.is_finite():
            raise ValueError(_("“%(value)s” is not an amount.") % {"value": text})
        return amount

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else f"{value:.2f}"


class SafeTextWidget(widgets.CharWidget):
    """Text that cannot run as a formula when the file is opened in a spreadsheet: a cell that
    would start one gets a leading apostrophe, which importing the file again removes."""

    def render(self, value, obj=None, **kwargs):
        text = super().render(value, obj, **kwargs)
        return f"'{text}" if text.startswith(FORMULA_STARTS) else text

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row, **kwargs) or ""
        if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
            return text[1:]
        return text


class SlugWidget(widgets.ForeignKeyWidget):
    """A campaign or prisoner named by the address part (slug) of its page."""

    def __init__(self, model, message):
        super().__init__(model, field="slug")
        self.message = message

    def clean(self, value, row=None, **kwargs):
        slug = str(value or "").strip()
        if not slug:
            return None
        try:
            return self.model.objects.get(slug=slug)
        except self.model.DoesNotExist:
            raise ValueError(self.message() % {"slug": slug}) from None


def _no_campaign():
    return _("There is no campaign with the address “%(slug)s”.")


def _no_prisoner():
    return _("There is no prisoner with the address “%(slug)s”.")


def money(name):
    return fields.Field(attribute=name, column_name=name, widget=MoneyWidget())


def text(name):
    return fields.Field(attribute=name, column_name=name, widget=SafeTextWidget())


def campaign():
    return fields.Field(attribute="campaign", column_name="campaign",
                        widget=SlugWidget(Campaign, _no_campaign))


class LedgerResource(resources.ModelResource):
    amount = money("amount")
    amount_eur = money("amount_eur")

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        # An export carries the euro value of euro rows; clean() fills it in again.
        if instance.currency == "EUR":
            instance.amount_eur = None


class IncomeResource(LedgerResource):
    campaign = campaign()
    donor_name = text("donor_name")
    note = text("note")

    class Meta:
        model = Income
        fields = ("id", "date", "amount", "currency", "amount_eur", "channel", "campaign",
                  "donor_may_be_named", "donor_name", "note")
        import_id_fields = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True


class ExpenseResource(LedgerResource):
    campaign = campaign()
    prisoner = fields.Field(attribute="prisoner", column_name="prisoner",
                            widget=SlugWidget(Prisoner, _no_prisoner))
    description = text("description")
    public_description_en = text("public_description_en")
    public_description_ru = text("public_description_ru")
    public_description_de = text("public_description_de")
    public_description_fr = text("public_description_fr")

    class Meta:
        model = Expense
        fields = ("id", "date", "amount", "currency", "amount_eur", "category", "prisoner",
                  "campaign", "description", "public_description_en", "public_description_ru",
                  "public_description_de", "public_description_fr")
        import_id_fields = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
