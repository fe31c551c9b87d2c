"""Spreadsheet import and export of the ledger (django-import-export), for the Finance group.

Fields are listed explicitly; every row is validated like an admin form (``full_clean``); one
bad row refuses the whole file, and every error names its row and column in plain words.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from modeltranslation.utils import get_translation_fields

from funds.choices import EURO
from funds.models import Campaign, Expense, Income
from prisoners.models import Prisoner

# A spreadsheet evaluates a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Text starting with the escape character itself is escaped too, so that importing an export
# gives back exactly what was exported ("'=1" stays "'=1", not "=1").
ESCAPED_STARTS = (*FORMULA_STARTS, "'")


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
        return f"'{text}" if text.startswith(ESCAPED_STARTS) else text

    def clean(self, value, row=None, **kwargs):
        text = super().clean(value, row, **kwargs) or ""
        if text.startswith("'") and text[1:].startswith(ESCAPED_STARTS):
            return text[1:]
        return text


def safe_cell(value):
    """One cell of a CSV written without import-export (registrations, appeal deliveries),
    made formula-safe like every export of the ledger."""
    return SafeTextWidget().render(value)


class TextField(fields.Field):
    """A text column. An empty cell leaves an empty stored value as it is, and empties a
    nullable column with NULL: translated columns hold NULL until written, and re-importing an
    export must not count "" for NULL as a change."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        if self.clean(row, **kwargs):
            super().save(instance, row, is_m2m, **kwargs)
        elif getattr(instance, self.attribute):
            empty = None if instance._meta.get_field(self.attribute).null else ""
            setattr(instance, self.attribute, empty)


class IsoDateWidget(widgets.DateWidget):
    """Dates written 2026-03-31 only (or real date cells of a spreadsheet): Django's default
    input formats would read 04/03/2026 as the American 3 April."""

    def __init__(self):
        super().__init__(format="%Y-%m-%d")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        try:
            return super().clean(value.strip() if isinstance(value, str) else value, row,
                                 **kwargs)
        except (TypeError, ValueError):
            raise ValueError(_("“%(value)s” is not a date: write it like 2026-03-31 (year, "
                               "month, day).") % {"value": value}) from None


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
    return TextField(attribute=name, column_name=name, widget=SafeTextWidget())


def campaign():
    return fields.Field(attribute="campaign", column_name="campaign",
                        widget=SlugWidget(Campaign, _no_campaign))


class StyleFreeDiff(resources.Diff):
    """The preview's changes without inline styles, which the admin's content security policy
    blocks; static/css/admin.css colours them instead."""

    def as_html(self):
        return [mark_safe(re.sub(r' style="[^"]*"', "", html)) for html in super().as_html()]


class StrictResource(resources.ModelResource):
    """A spreadsheet whose columns are checked before any row is read, and which one bad row
    refuses as a whole."""

    # Columns a file must have; the others may be left out. Unknown columns are refused, so a
    # misspelt header cannot silently drop a column.
    required_columns = ()

    def column_problem(self, headers):
        """Why a file with these column headers cannot be imported, or None."""
        # Headers are matched exactly as written, so "amount " (with a space) is unknown.
        columns = [str(header) for header in headers or () if header not in (None, "")]
        known = [field.column_name for field in self.get_import_fields()]
        unknown = [column for column in columns if column not in known]
        missing = [column for column in self.required_columns if column not in columns]
        if not unknown and not missing:
            return None
        problems = []
        if missing:
            problems.append(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
        if unknown:
            problems.append(_("Unknown columns: %(columns)s.")
                            % {"columns": ", ".join(f"“{column}”" for column in unknown)})
        return " ".join([*problems, _("The first row must name the columns: %(columns)s.")
                         % {"columns": ", ".join(known)}])

    def get_diff_class(self):
        return StyleFreeDiff

    def before_import(self, dataset, **kwargs):
        if problem := self.column_problem(dataset.headers):
            raise ValueError(problem)

    def import_data(self, dataset, dry_run=False, raise_errors=False, use_transactions=None,
                    collect_failed_rows=False, rollback_on_validation_errors=False, **kwargs):
        # One bad row refuses the whole file: the rows before and after it are rolled back too,
        # whatever the caller asked for.
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors,
                                   use_transactions=True,
                                   collect_failed_rows=collect_failed_rows,
                                   rollback_on_validation_errors=True, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        adding = instance._state.adding
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if adding and instance.pk is not None:
            # Saving it would insert a row under that id behind the id sequence's back.
            errors.setdefault("id", []).append(ValidationError(_(
                "There is no row with the id %(id)s to update. Leave the id empty for a new "
                "row.") % {"id": instance.pk}))
        for field, messages in self.row_problems(instance, adding=adding, **kwargs).items():
            errors.setdefault(field, []).extend(messages)
        if errors:
            raise ValidationError(errors)

    def row_problems(self, instance, *, adding, **kwargs):
        """{column: [messages]}: what else is wrong with a row (none here)."""
        return {}


class LedgerResource(StrictResource):
    date = fields.Field(attribute="date", column_name="date", widget=IsoDateWidget())
    amount = money("amount")
    amount_eur = money("amount_eur")
    required_columns = ("id", "date", "amount", "currency", "amount_eur")

    def import_instance(self, instance, row, **kwargs):
        try:
            super().import_instance(instance, row, **kwargs)
        finally:
            # An export carries the euro value of euro rows, which is the amount itself (also
            # after the amount was corrected in the file): clean() fills it in again.
            if instance.currency == EURO:
                instance.amount_eur = None


    def skip_row(self, instance, original, row, import_validation_errors=None):
        # Compare a euro row with the euro value clean() will give it, or an unchanged row
        # would count as changed (and be saved again) for its emptied euro value.
        euro_value = instance.amount_eur
        if instance.currency == EURO:
            instance.amount_eur = instance.amount
        try:
            return super().skip_row(instance, original, row, import_validation_errors)
        finally:
            instance.amount_eur = euro_value


class IncomeResource(LedgerResource):
    campaign = campaign()
    donor_name = text("donor_name")
    note = text("note")
    required_columns = (*LedgerResource.required_columns, "channel")

    class Meta:
        model = Income
        fields = ("id", "date", "amount", "currency", "amount_eur", "channel", "campaign",
                  "donor_may_be_named", "donor_name", "note")
        import_id_fields = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True


# One public description column per site language, as modeltranslation created them.
PUBLIC_DESCRIPTIONS = tuple(get_translation_fields("public_description"))
# Declared through a base class: a class body cannot name a varying list of attributes.
_TranslatedLedgerResource = type("_TranslatedLedgerResource", (LedgerResource,), {
    "__module__": __name__, **{column: text(column) for column in PUBLIC_DESCRIPTIONS}})


class ExpenseResource(_TranslatedLedgerResource):
    campaign = campaign()
    prisoner = fields.Field(attribute="prisoner", column_name="prisoner",
                            widget=SlugWidget(Prisoner, _no_prisoner))
    description = text("description")
    required_columns = (*LedgerResource.required_columns, "category", "description")

    class Meta:
        model = Expense
        fields = ("id", "date", "amount", "currency", "amount_eur", "category", "prisoner",
                  "campaign", "description", *PUBLIC_DESCRIPTIONS)
        import_id_fields = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
