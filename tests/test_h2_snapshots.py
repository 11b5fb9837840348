"""Pictures of sources a reader can tell apart and credit as the reports do (issue 14), on a
story whose headlines start alike and where the parties announced what a paper had first
reported. Update deliberately (`--snapshot-update`) after looking at the pictures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from apps import new_app
from test_snapshots import keys

SnapCompare = Callable[..., bool]

ALIKE = {
    "01": "Veltra rachète Norhaven pour 12 milliards d'euros et vise l'Europe du Nord\n\n"
    "PARIS, 3 mars 2025 – Veltra a conclu un accord pour racheter Norhaven pour 12 milliards "
    "d'euros, ont annoncé les deux groupes lundi. Le Journal du Nord avait révélé dimanche que "
    "les discussions étaient avancées.\n\nVeltra paiera 48 euros par action, une prime de 35 % "
    "sur le dernier cours. Norhaven compte 4 200 salariés dans 9 pays.\n",
    "02": "Veltra : ce que l'on sait du rachat de Norhaven, en cinq questions\n\n"
    "Selon le Journal du Nord, Veltra aurait conclu un accord pour racheter Norhaven pour 12 "
    "milliards d'euros.\n\nLe prix serait de 48 euros par action, une prime de 30 % sur le "
    "dernier cours. Norhaven emploie 4 200 personnes dans 11 pays.\n",
    "03": "Veltra à Paris : les salariés de Norhaven inquiets après l'annonce du rachat\n\n"
    "Les salariés de Norhaven s'inquiètent après l'annonce du rachat par Veltra pour 12 "
    "milliards d'euros. Norhaven compte 4 200 salariés dans 9 pays.\n\n"
    "Veltra paiera 48 euros par action.\n",
    "04": "Norhaven accepte l'offre de Veltra, la Bourse salue l'opération\n\n"
    "Norhaven a accepté l'offre de Veltra, qui valorise le groupe à 13 milliards d'euros. "
    "L'action Norhaven a bondi de 31 % lundi.\n",
}
"""Four invented articles: three headlines start with "Veltra"; 01 reports the groups'
announcement and says a paper revealed the talks first; 02 has the story from that paper."""


def alike(tmp_path: Path) -> Path:
    folder = tmp_path / "alike"
    folder.mkdir()
    for name, text in ALIKE.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


class TestLabelsAndCredits:
    def test_matrix_labels_told_apart_80x24(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        """The matrix names three "Veltra…" headlines by what tells them apart ('Veltra
        rachète…', 'Ce que l'on…', 'Veltra à Paris…'); no credit line counts 01 with 02."""
        app = new_app(tmp_path, [alike(tmp_path)])
        assert snap_compare(app, terminal_size=(80, 24), run_before=keys("m"))

    def test_reader_says_a_scoop_is_history_80x24(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        """The reader's header: 01 credits the Journal du Nord only with the first report."""
        app = new_app(tmp_path, [alike(tmp_path)])
        assert snap_compare(app, terminal_size=(80, 24), run_before=keys("r"))
