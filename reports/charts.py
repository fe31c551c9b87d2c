"""Server-rendered SVG charts for the statistics pages.

Positions along the value axis are percentages of the chart's width, so the SVG takes the width
of the page while its text keeps a readable size on a phone; no JavaScript, no inline styles.
"""

from dataclasses import dataclass

from django.utils.formats import date_format

ROW_HEIGHT = 40
BAR_SPACE = 80  # percent of the width the longest bar may take, leaving room for its number
COLUMN_CHART_HEIGHT = 200
LABEL_SPACE = 24


@dataclass
class HorizontalBar:
    label: str
    count: int
    y: int
    width: float  # percent

    @property
    def value_x(self):
        return self.width + 1


def horizontal_bars(rows):
    """One labelled bar per row (``rows`` have ``label`` and ``count``)."""
    rows = [row for row in rows if row.count]
    top = max([row.count for row in rows] or [1])
    bars = [HorizontalBar(row.label, row.count, index * ROW_HEIGHT,
                          BAR_SPACE * row.count / top) for index, row in enumerate(rows)]
    return {"bars": bars, "height": len(bars) * ROW_HEIGHT}


@dataclass
class Column:
    label: str
    title: str
    count: int
    x: float  # percent
    width: float  # percent
    y: float
    height: float

def monthly_columns(months):
    """A column per (month, count); every sixth month is labelled, so that labels fit a
    phone's width."""
    top = max([count for _, count in months] or [1]) or 1
    slot = 100 / max(len(months), 1)
    columns = []
    for index, (month, count) in enumerate(months):
        height = (COLUMN_CHART_HEIGHT - 8) * count / top
        label = date_format(month, "M Y") if index % 6 == 0 else ""
        columns.append(Column(label, f"{date_format(month, 'YEAR_MONTH_FORMAT')}: {count}",
                              count, index * slot + slot * 0.15, slot * 0.7,
                              COLUMN_CHART_HEIGHT - height, height))
    return {"columns": columns, "height": COLUMN_CHART_HEIGHT + LABEL_SPACE,
            "baseline": COLUMN_CHART_HEIGHT, "top": top}
