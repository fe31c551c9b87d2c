"""The health check that load balancers and `make loadtest` call."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@require_GET
@never_cache
def healthz(request):
    """Answer "ok" when the database answers a trivial query, 503 otherwise, so a balancer
    stops sending visitors to a host that can only fail. It touches no session, cookie or
    template: `make loadtest` uses it as the cost of a bare answer through the middleware."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.warning("health check: the database does not answer: %s", error)
        return _plain("database unavailable\n", status=503)
    return _plain("ok\n")


def _plain(text, status=200):
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
