from django import template

from coalition import attention, translation_status

register = template.Library()


@register.simple_tag
def attention_items(user):
    """The dashboard's items this staff member may open (coalition.attention)."""
    return attention.items_for(user)


@register.simple_tag
def may_see_translation_status(user):
    """Whether the user may view any translated model (coalition.translation_status)."""
    return bool(translation_status.viewable_models(user))
