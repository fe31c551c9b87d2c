"""The CSV file coordinators deliver with an appeal: verified notable signatories, then the
names and countries of the signers who chose to be shown, then the total of counted signatures.
A signer who did not choose to be shown is only counted, as the form promises; a self-declared
role is never delivered (a verified notable's checked role is). No e-mail addresses: the
addressee gets names, not contacts.

Cells are made formula-safe by the ledger export's widget (funds/resources.py): text that a
spreadsheet would run as a formula gets a leading apostrophe.
"""

import csv

from django.http import HttpResponse

from appeals.models import NotableSignatory, Signature
from funds.resources import safe_cell


def signatures_csv(appeal):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="appeal-{appeal.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(["kind", "group", "name", "role_or_organisation", "affiliation",
                     "country_code", "country", "confirmed_at"])
    notables = NotableSignatory.objects.deliverable().filter(appeal=appeal)
    for notable in notables.order_by("group", "name", "pk"):
        writer.writerow([safe_cell(cell) for cell in (
            "notable", notable.group, notable.name, notable.role, notable.affiliation,
            notable.country.code, notable.country.name,
            notable.verified_at.isoformat() if notable.verified_at else "")])
    counted = Signature.objects.counted().filter(appeal=appeal)
    shown = counted.filter(show_name=True).order_by("confirmed_at", "pk").iterator()
    for signature in shown:
        writer.writerow([safe_cell(cell) for cell in (
            "signature", "", signature.name, "", "", signature.country.code,
            signature.country.name, signature.confirmed_at.isoformat())])
    writer.writerow(["total_counted_signatures", "", counted.count(), "", "", "", "", ""])
    return response
