"""The CSV file coordinators deliver with an appeal: verified notable signatories, then every
counted signature. No e-mail addresses: the addressee gets names, not contacts.

Cells are made formula-safe the way the ledger export is (funds/resources.py): text that a
spreadsheet would run as a formula gets a leading apostrophe.
"""

import csv

from django.http import HttpResponse

from appeals.models import NotableSignatory, Signature
from funds.resources import ESCAPED_STARTS


def safe_cell(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(ESCAPED_STARTS) else text

def signatures_csv(appeal):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="appeal-{appeal.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(["kind", "group", "name", "role_or_organisation", "affiliation",
                     "country_code", "country", "confirmed_at"])
    notables = NotableSignatory.objects.filter(appeal=appeal, is_verified=True, is_hidden=False)
    for notable in notables.order_by("group", "name", "pk"):
        writer.writerow([safe_cell(cell) for cell in (
            "notable", notable.group, notable.name, notable.role, notable.affiliation,
            notable.country.code, notable.country.name,
            notable.verified_at.isoformat() if notable.verified_at else "")])
    signatures = (Signature.objects.counted().filter(appeal=appeal)
                  .order_by("confirmed_at", "pk").iterator())
    for signature in signatures:
        writer.writerow([safe_cell(cell) for cell in (
            "signature", "", signature.name, signature.role, "", signature.country.code,
            signature.country.name, signature.confirmed_at.isoformat())])
    return response
