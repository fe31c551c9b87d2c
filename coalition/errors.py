"""The 500 page in the language of the address (/ru/... in Russian), without the database:
after a failure the database may be the thing that failed, so nothing here queries it."""

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation


def server_error(request):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        return HttpResponseServerError(loader.get_template("500.html").render())
