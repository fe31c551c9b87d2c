from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from appeals import selectors, services
from appeals.forms import SignatureForm
from appeals.models import Appeal
from coalition.public_forms import same_origin_form, within_rate_limit

SIGNATURES_PER_HOUR = 10


@require_safe
def appeal_list(request):
    return render(request, "appeals/appeal_list.html", {"appeals": selectors.public_appeals()})


@same_origin_form
@require_http_methods(["GET", "HEAD", "POST"])
def appeal_detail(request, slug):
    try:
        appeal = selectors.appeal_for_page(slug)
    except Appeal.DoesNotExist:
        raise Http404 from None
    accepting = appeal.accepting
    form = SignatureForm(request.POST if request.method == "POST" and accepting else None)
    if form.is_bound and _within_rate_limit(request, form) and form.is_valid():
        try:
            services.signature_submit(appeal=appeal, **form.signature_data(),
                                      language=get_language())
            return redirect(appeal.get_absolute_url() + "?signed=1#sign")
        except ValidationError as error:
            form.add_error(None, error)
    return render(request, "appeals/appeal_detail.html", {
        "appeal": appeal, "accepting": accepting, "form": form,
        "refused": request.method == "POST" and not accepting,
        "signed": request.GET.get("signed") == "1" and not form.is_bound,
        "prisoners": selectors.appeal_prisoners(appeal),
        "notable_groups": selectors.notable_signatories_by_group(appeal),
        "signers": selectors.shown_signers(appeal),
        "share_links": share_links(request.build_absolute_uri(appeal.get_absolute_url()),
                                   appeal.title),
    })


def _within_rate_limit(request, form):
    return within_rate_limit(request, form, scope="appeal-signature",
                             per_hour=SIGNATURES_PER_HOUR)


def share_links(url, title):
    """Plain links to the share pages of e-mail and a few networks: no scripts, no images."""
    u, t = quote(url, safe=""), quote(str(title), safe="")
    return [
        ("email", pgettext("share by", "E-mail"), f"mailto:?subject={t}&body={u}"),
        ("telegram", "Telegram", f"https://t.me/share/url?url={u}&text={t}"),
        ("whatsapp", "WhatsApp", f"https://wa.me/?text={t}%20{u}"),
        ("x", "X", f"https://x.com/intent/post?url={u}&text={t}"),
        ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
    ]


@never_cache  # the signer's own name: never in a shared cache
@require_http_methods(["GET", "HEAD", "POST"])
def signature_confirm(request, token):
    """The link in the e-mail shows a button; only the button (POST) confirms, so that mail
    scanners that open links do not sign for anyone."""
    return _token_action(request, token, salt=services.CONFIRM_SALT,
                         max_age=services.CONFIRM_MAX_AGE, action=services.signature_confirm,
                         template="appeals/signature_confirm.html")


@never_cache  # the signer's own name: never in a shared cache
@require_http_methods(["GET", "HEAD", "POST"])
def signature_withdraw(request, token):
    return _token_action(request, token, salt=services.WITHDRAW_SALT, max_age=None,
                         action=services.signature_withdraw,
                         template="appeals/signature_withdraw.html")


def _token_action(request, token, *, salt, max_age, action, template):
    try:
        signature = services.signature_from_token(token, salt=salt, max_age=max_age)
    except services.TokenExpired:
        return render(request, "appeals/bad_link.html", {"expired": True}, status=400)
    except services.TokenInvalid:
        return render(request, "appeals/bad_link.html", {"expired": False}, status=400)
    context = {"appeal": signature.appeal, "signature": signature, "done": None, "error": None}
    if request.method == "POST":
        try:
            context["done"] = "now" if action(signature=signature) else "before"
        except ValidationError as error:
            context["error"] = error.messages[0]
    return render(request, template, context)
