"""Server-rendered SVG bar charts: geometry computed here, drawn by a template.

No JavaScript and no inline styles (the CSP forbids both): colours come from CSS classes, sizes
from SVG attributes. Every chart is shown next to a table with the same numbers.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import date_format

from funds.choices import SpendingGroup
from funds.templatetags.money import eur

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 96, 8, 12, 28
TICKS = 4


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    css_class: str
    title: str


@dataclass
class Tick:
    y: float
    label: str


@dataclass
class Label:
    x: float
    text: str


@dataclass
class Chart:
    bars: list
    ticks: list
    labels: list
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    baseline: int = HEIGHT - BOTTOM


def nice_ceiling(value):
    """The smallest of 1, 2, 2.5, 5 x 10^n that is at least ``value`` (an axis maximum)."""
    if value <= 0:
        return Decimal(100)
    magnitude = Decimal(10) ** math.floor(math.log10(value))
    for step in (1, 2, Decimal("2.5"), 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def monthly_chart(year_figures):
    """Per month: a bar for income, and spending stacked by group beside it."""
    months = year_figures.months
    top = nice_ceiling(max([max(m.income, m.spending) for m in months] or [0]))
    plot_height = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / max(len(months), 1)
    bar_width = slot * 0.36

    def height_of(amount):
        return float(amount / top) * plot_height

    bars, labels = [], []
    baseline = HEIGHT - BOTTOM
    for index, month in enumerate(months):
        x = LEFT + index * slot + slot * 0.12
        name = date_format(month.month, "F Y")
        if month.income:
            height = height_of(month.income)
            bars.append(Bar(x, baseline - height, bar_width, height, "bar--income",
                            f"{name}: {eur(month.income)}"))
        y = baseline
        for group, amount in month.by_group.items():
            if amount:
                height = height_of(amount)
                y -= height
                bars.append(Bar(x + bar_width, y, bar_width, height, f"bar--{group}",
                                f"{name}, {SpendingGroup(group).label}: {eur(amount)}"))
        labels.append(Label(x + bar_width, date_format(month.month, "M")))
    ticks = [Tick(baseline - plot_height * step / TICKS, eur(top * step / TICKS))
             for step in range(TICKS + 1)]
    return Chart(bars=bars, ticks=ticks, labels=labels)
