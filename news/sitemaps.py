from django.contrib.sitemaps import Sitemap

from news.models import Post


class PostSitemap(Sitemap):
    """Every public news post, in every language, with its translations as alternates."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Post.objects.public().only("slug", "updated_at").order_by("-published_at", "-pk")

    def lastmod(self, post):
        return post.updated_at
