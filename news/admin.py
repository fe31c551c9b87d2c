from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import get_translation_fields

from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from news import services
from news.models import Post
from prisoners.forms_admin import SanitizedPhotoAdminMixin, SanitizedPhotoForm, photo_widget
from prisoners.views import PHOTO_VARIANTS, _photo_response


class PostAdminForm(SanitizedPhotoForm):
    # The same sanitising upload as prisoners' photos, named for what a post shows.
    photo = forms.FileField(
        label=capfirst(_("image")), required=False,
        widget=photo_widget(),
        help_text=_("JPEG, PNG or WebP. Location, camera and other hidden data are removed."),
    )

    class Meta:
        model = Post
        # PostAdmin.fieldsets decide the fields; the admin passes them to the factory.
        fields = ("photo",)


class VisibilityFilter(admin.SimpleListFilter):
    title = _("visible on the public site")
    parameter_name = "visible"

    def lookups(self, request, model_admin):
        return [("yes", _("yes")), ("scheduled", _("scheduled for later")), ("no", _("no"))]

    def queryset(self, request, queryset):
        public = Post.objects.public().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=public)
        if self.value() == "scheduled":
            return queryset.filter(is_public=True).exclude(pk__in=public)
        if self.value() == "no":
            return queryset.exclude(pk__in=public)
        return queryset


@admin.register(Post)
class PostAdmin(MissingTranslationAdminMixin,
                HistoryAdminMixin, SanitizedPhotoAdminMixin, TabbedTranslationAdmin):
    form = PostAdminForm
    list_display = ("title", "published_at", "author", "is_public", "on_site")
    list_select_related = ("author",)
    list_filter = ("is_public", VisibilityFilter, "published_at", "author", "author__country")
    date_hierarchy = "published_at"
    search_fields = ("slug", *get_translation_fields("title"), *get_translation_fields("summary"))
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("prisoners",)
    readonly_fields = ("photo_preview", "created_at", "updated_at")
    actions = ("publish_selected", "unpublish_selected")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Image"), {"fields": ("photo", "photo_preview", "photo_alt")}),
        (_("Links"), {"fields": ("author", "prisoners")}),
        (_("Publication"), {"fields": ("is_public", "published_at",
                                       ("created_at", "updated_at"))}),
    )

    def get_urls(self):
        preview = self.admin_site.admin_view(self.photo_view)
        return [path("<int:pk>/photo/<str:variant>.jpg", preview, name="news_post_photo"),
                *super().get_urls()]

    def photo_view(self, request, pk, variant):
        """The image of any post, public or not, for staff who may view posts."""
        if not self.has_view_permission(request) or variant not in PHOTO_VARIANTS:
            raise Http404
        post = get_object_or_404(Post, pk=pk)
        return _photo_response(getattr(post, PHOTO_VARIANTS[variant]))

    def get_queryset(self, request):
        # Post.objects.public() decides, here as on the site.
        public = Post.objects.public().filter(pk=OuterRef("pk"))
        return super().get_queryset(request).annotate(on_site=Exists(public))

    @admin.display(description=_("on the site"), boolean=True, ordering="on_site")
    def on_site(self, obj):
        return obj.on_site

    @admin.display(description=_("current image"))
    def photo_preview(self, obj):
        if not obj or not obj.photo:
            return _("No image")
        url = reverse("admin:news_post_photo", kwargs={"pk": obj.pk, "variant": "full"})
        return format_html('<img src="{}" alt="" width="240" class="photo-preview">', url)

    @admin.action(description=_("Publish the selected posts"), permissions=["change"])
    def publish_selected(self, request, queryset):
        done = 0
        for post in queryset:
            try:
                services.post_publish(post=post)
            except ValidationError as error:
                self.message_user(request, f"{post}: {'; '.join(error.messages)}",
                                  messages.ERROR)
            else:
                done += 1
        self.message_user(request, ngettext("%(count)d post published.",
                                            "%(count)d posts published.", done)
                          % {"count": done}, messages.SUCCESS)

    @admin.action(description=_("Unpublish the selected posts"), permissions=["change"])
    def unpublish_selected(self, request, queryset):
        for post in queryset:
            services.post_unpublish(post=post)
        count = len(queryset)
        self.message_user(request, ngettext("%(count)d post unpublished.",
                                            "%(count)d posts unpublished.", count)
                          % {"count": count}, messages.SUCCESS)
