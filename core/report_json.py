"""The JSON report (`dealview report --format json`): the analysis as the engine computed it,
with what a reader of it needs to tell the same story the app does.

Every field of the analysis stays as the engine writes it (ids, the engine's `kind`): programs
read them. Added beside them: `counts` (findings by kind as the app counts them), each article's
`label` and `credits`, and each finding's `shown_kind`, `shown_summary` (sources by label) and
`shared_credit`. Text that a terminal would act on is escaped (`json_for_terminal`).
"""

from __future__ import annotations

import json
from typing import Any

from .credits import Credits
from .kinds import count_kinds, shown_kind
from .models import Analysis
from .report_md import finding_credits
from .shown_names import json_for_terminal
from .source_labels import relabel, source_labels


def report_data(analysis: Analysis) -> dict[str, Any]:
    """Return the analysis as JSON data, with the reader's names added (see the module)."""
    data: dict[str, Any] = analysis.model_dump(mode="json")
    labels = source_labels(analysis.articles)
    credits = Credits(analysis)
    data["counts"] = count_kinds(analysis.findings)
    for article in data["articles"]:
        article["label"] = labels.get(article["id"], article["id"])
        article["credits"] = credits.of_article(article["id"])
    by_id = {f.id: f for f in analysis.findings}
    for shown in data["findings"]:
        f = by_id[shown["id"]]
        shared = credits.shared(f)
        shown["shown_kind"] = shown_kind(f)
        shown["shown_summary"] = relabel(f.summary, labels)
        shown["shared_credit"] = shared.line() if shared is not None else None
        shown["credits"] = finding_credits(credits, f)
    return data


def render_json(analysis: Analysis) -> str:
    """Return the JSON report of an analysis, indented, ending with a newline."""
    text = json.dumps(report_data(analysis), ensure_ascii=False, indent=2)
    return json_for_terminal(text) + "\n"
