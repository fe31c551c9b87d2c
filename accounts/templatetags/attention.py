from django import template

from coalition import attention

register = template.Library()


@register.simple_tag
def attention_items(user):
    """The dashboard's items this staff member may open (coalition.attention)."""
    return attention.items_for(user)
