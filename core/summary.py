"""The plain summary `dealview --summary` prints: what the app's overview shows, as text.

The findings are counted, named and ordered as the app lists them (`kinds`), their sources
named by the app's labels (`source_labels`), with the shared credit the findings list shows
("· 3 of 4 credit Wall Street Journal"). Every line is made printable (`one_line`).
"""

from __future__ import annotations

from .credits import Credits
from .kinds import KIND_NAMES, KIND_ORDER, counts_sentence, shown_kind
from .models import Analysis
from .shown_names import one_line, shown_name
from .source_labels import relabel, source_labels

_NAME_WIDTH = max(len(name) for name in KIND_NAMES.values())


def render_summary(analysis: Analysis) -> str:
    """Return the summary of an analysis: the findings counted by kind, the sources by label
    with their file names, then one line per finding in the order of the app's list."""
    labels = source_labels(analysis.articles)
    credits = Credits(analysis)
    topics = {t.id: t.label for t in analysis.topics}
    n = len(analysis.findings)
    lines = [
        f"{len(analysis.articles)} articles, {n} finding{'s' if n != 1 else ''}: "
        + counts_sentence(analysis.findings)
    ]
    lines += [one_line(relabel(notice, labels)) for notice in analysis.notices]
    lines.append("Sources:")
    for a in analysis.articles:
        credited = credits.of_article(a.id)
        names = f", credits {', '.join(credited)}" if credited else ""
        lines.append(one_line(f"  {labels[a.id]} ({shown_name(a.id)}{names})"))
    order = {kind: n for n, kind in enumerate(KIND_ORDER)}
    listed = sorted(analysis.findings, key=lambda f: order.get(shown_kind(f), len(order)))
    for f in listed:
        topic = topics.get(f.topic or "", "")
        where = f" [{topic}]" if topic else ""
        shared = credits.shared(f)
        credit = f" · {shared.short()}" if shared is not None else ""
        name = KIND_NAMES[shown_kind(f)]
        lines.append(one_line(f"{name:{_NAME_WIDTH}} {relabel(f.summary, labels)}{credit}{where}"))
    lines.append("")
    lines.append("Evidence for each finding: dealview report (Markdown) or --format json.")
    return "\n".join(lines) + "\n"
